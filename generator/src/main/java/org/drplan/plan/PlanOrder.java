package org.drplan.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drplan.content.SectionType;
import org.drplan.markdown.ParsedSection;

/** Reading order: by part, then {@code order}, then title, with each content folder's sections kept together. */
final class PlanOrder {

    private static final Comparator<ParsedSection> BY_PART_ORDER_TITLE = Comparator
            .comparing((ParsedSection s) -> s.section().meta().type())
            .thenComparing(s -> s.section().meta().order(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ParsedSection::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ParsedSection::id);

    private PlanOrder() {
    }

    /**
     * Sections in reading order. Within a part that spans several content folders, each folder's sections stay
     * together (folders in the order of their first section), so that the sidebar's folder groups and
     * previous/next agree.
     */
    static List<ParsedSection> inPlanOrder(List<ParsedSection> sections) {
        List<ParsedSection> sorted = sections.stream().sorted(BY_PART_ORDER_TITLE).toList();
        List<ParsedSection> ordered = new ArrayList<>();
        for (SectionType type : SectionType.values()) {
            Map<String, List<ParsedSection>> byFolder = new LinkedHashMap<>();
            sorted.stream().filter(s -> s.section().meta().type() == type).forEach(s ->
                    byFolder.computeIfAbsent(s.section().source().folder(), f -> new ArrayList<>()).add(s));
            byFolder.values().forEach(ordered::addAll);
        }
        return ordered;
    }

    /** The members of a part by content sub-folder, in plan order; none when they all share one folder. */
    static List<PlanPart.Folder> folders(List<PlanSection> members) {
        Map<String, List<PlanSection>> byFolder = new LinkedHashMap<>();
        for (PlanSection member : members) {
            byFolder.computeIfAbsent(member.source().folder(), f -> new ArrayList<>()).add(member);
        }
        if (byFolder.size() < 2) {
            return List.of();
        }
        List<PlanPart.Folder> folders = new ArrayList<>();
        byFolder.forEach((folder, sections) -> folders.add(new PlanPart.Folder(folder, label(folder), sections)));
        return folders;
    }

    /** {@code runbooks/on-call} reads "Runbooks / On call"; a leading {@code 10-} is dropped. */
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
