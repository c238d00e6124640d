package org.drplan.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drplan.content.SectionMeta;
import org.drplan.content.SectionType;
import org.drplan.markdown.RenderedSection;

/** Plan order and the navigation built on it. */
public final class PlanOutline {

    private static final Comparator<RenderedSection> PLAN_ORDER = Comparator
            .comparing((RenderedSection s) -> s.section().meta().type())
            .thenComparing(s -> s.section().meta().order(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RenderedSection::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(s -> s.section().id());

    private PlanOutline() {
    }

    /**
     * Sections in reading order: by part, then {@code order}, then title; within a part that spans several content
     * folders, each folder's sections stay together (folders in the order of their first section), so that the
     * sidebar's folder groups and previous/next agree.
     */
    public static List<RenderedSection> inPlanOrder(List<RenderedSection> sections) {
        List<RenderedSection> sorted = sections.stream().sorted(PLAN_ORDER).toList();
        List<RenderedSection> ordered = new ArrayList<>();
        for (SectionType type : SectionType.values()) {
            Map<String, List<RenderedSection>> byFolder = new LinkedHashMap<>();
            sorted.stream().filter(s -> s.section().meta().type() == type).forEach(s ->
                    byFolder.computeIfAbsent(s.section().source().folder(), f -> new ArrayList<>()).add(s));
            byFolder.values().forEach(ordered::addAll);
        }
        return ordered;
    }

    public static SectionSummary summary(RenderedSection rendered) {
        SectionMeta meta = rendered.section().meta();
        return new SectionSummary(
                rendered.section().id(),
                rendered.title(),
                rendered.section().outputPath(),
                meta.type().key(),
                meta.owner(),
                meta.rto() == null ? null : meta.rto().text(),
                meta.rpo() == null ? null : meta.rpo().text(),
                meta.reviewed() == null ? null : meta.reviewed().toString(),
                rendered.steps().size());
    }

    /** Sections grouped by part, parts in plan order, empty parts left out. */
    public static List<NavGroup> groups(List<RenderedSection> ordered) {
        List<NavGroup> groups = new ArrayList<>();
        for (SectionType type : SectionType.values()) {
            List<RenderedSection> members = ordered.stream()
                    .filter(s -> s.section().meta().type() == type)
                    .toList();
            if (!members.isEmpty()) {
                groups.add(new NavGroup(type.key(), type.heading(),
                        members.stream().map(PlanOutline::summary).toList(), folders(members)));
            }
        }
        return groups;
    }

    /** The members by content sub-folder, folders in the order of their first section; none if only one folder. */
    private static List<NavFolder> folders(List<RenderedSection> members) {
        Map<String, List<SectionSummary>> byFolder = new LinkedHashMap<>();
        for (RenderedSection member : members) {
            byFolder.computeIfAbsent(member.section().source().folder(), f -> new ArrayList<>()).add(summary(member));
        }
        if (byFolder.size() < 2) {
            return List.of();
        }
        List<NavFolder> folders = new ArrayList<>();
        byFolder.forEach((folder, sections) -> folders.add(new NavFolder(folder, label(folder), sections)));
        return folders;
    }

    /** {@code runbooks/on-call} reads "Runbooks / On call". */
    static String label(String folder) {
        if (folder.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : folder.split("/")) {
            String words = part.replaceAll("^\\d+[-_ .]+", "").replaceAll("[-_]+", " ").trim();
            parts.add(words.isEmpty() ? part : Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }
        return String.join(" / ", parts);
    }
}
