package org.drplan.audience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drplan.config.Audience;
import org.drplan.content.Bridge;
import org.drplan.content.GeneratedTeamSection;
import org.drplan.content.Phone;
import org.drplan.content.Role;
import org.drplan.content.Section;
import org.drplan.content.SectionType;
import org.drplan.content.TeamFile;
import org.drplan.diagnostics.Diagnostics;

/**
 * Stage 3b, after the front matter: the edition of the plan a bundle's audience gets. For readers outside the
 * recovery team ({@code audience=shareable}) it leaves out the sections marked {@code audience: restricted}, the
 * {@code !!! restricted} blocks (their lines blanked, so every other line keeps its number) and the {@code team.yml}
 * fields named by {@code restricted:}; what it left out is kept as {@link SensitiveValue}s, which the bundle it would
 * publish is searched for before it is written ({@link #check}).
 */
public final class AudienceStage {

    private AudienceStage() {
    }

    /** @param contentDirectory the plan's folder, where a team page made from {@code team.yml} says it comes from */
    public static Edition edition(List<Section> sections, Optional<TeamFile> team, Audience audience,
                                  Path contentDirectory) {
        if (audience == Audience.FULL) {
            return new Edition(audience, sections, List.of(), List.of(), team, Set.of());
        }
        List<Section> shown = new ArrayList<>();
        List<Section> withheld = new ArrayList<>();
        List<Section> blocks = new ArrayList<>();
        Set<SensitiveValue> restricted = new LinkedHashSet<>();
        for (Section section : sections) {
            if (section.meta().restricted()) {
                withheld.add(section);
                restricted.addAll(SensitiveValues.in(text(section)));
                continue;
            }
            RestrictedBlocks.Split split = RestrictedBlocks.split(section.markdown());
            if (split.restricted().isEmpty()) {
                shown.add(section);
            } else {
                restricted.addAll(SensitiveValues.in(split.restricted()));
                shown.add(new Section(section.source(), section.meta(), split.shown()));
                blocks.add(new Section(section.source(), section.meta(), split.restricted()));
            }
        }
        if (team.isPresent() && withheld.stream().anyMatch(s -> s.meta().type() == SectionType.TEAM)
                && shown.stream().noneMatch(s -> s.meta().type() == SectionType.TEAM)) {
            // The team page left out, the team is not: role links and owners land on a page made from team.yml,
            // as in a plan without a team section.
            shown.add(GeneratedTeamSection.of(contentDirectory, shown.stream().map(Section::id)
                    .collect(java.util.stream.Collectors.toSet())));
        }
        return new Edition(audience, shown, withheld, blocks, team.map(t -> redacted(t, restricted)), restricted);
    }

    /**
     * An error at each place that would publish a value of the restricted material, masked: where a shown section
     * writes it (its Markdown file, line), and where else the bundle carries it (the published file's line, or the
     * PDF's page) for a value no section writes, such as one that came through a template.
     */
    public static void check(Set<SensitiveValue> restricted, List<Section> shown, Map<String, byte[]> bundle,
                             Path output, Diagnostics diagnostics) {
        if (restricted.isEmpty()) {
            return;
        }
        Set<SensitiveValue> written = new java.util.HashSet<>();
        for (Section section : shown) {
            for (LeakCheck.Leak leak : LeakCheck.find(restricted, section.source().relativePath(),
                    section.markdown())) {
                written.add(leak.value());
                diagnostics.error(section.source().path(), leak.line(), leak.column(), message(leak, ""));
            }
        }
        Map<SensitiveValue, List<LeakCheck.Leak>> elsewhere = new java.util.LinkedHashMap<>();
        for (LeakCheck.Leak leak : LeakCheck.find(restricted, bundle)) {
            if (!written.contains(leak.value())) {
                elsewhere.computeIfAbsent(leak.value(), v -> new ArrayList<>()).add(leak);
            }
        }
        // A value on a page is in the search files and plan.json too: the pages and the PDF are the places to name.
        elsewhere.values().forEach(leaks -> {
            List<LeakCheck.Leak> read = leaks.stream().filter(l -> l.onPage() || l.path().endsWith(".html")).toList();
            for (LeakCheck.Leak leak : read.isEmpty() ? leaks : read) {
                diagnostics.error(output.resolve(leak.path()), leak.onPage() ? 0 : leak.line(),
                        leak.onPage() ? 0 : leak.column(), message(leak, leak.onPage() ? " on page " + leak.line() : ""));
            }
        });
    }

    private static String message(LeakCheck.Leak leak, String where) {
        return "the shareable bundle would publish " + leak.value().kind().words() + " of restricted material ("
                + leak.value().masked() + ")" + where + ": mark where it is written 'audience: restricted' too, "
                + "or take it out";
    }

    /** The team without the fields marked {@code restricted}; their values join {@code restricted}. */
    private static TeamFile redacted(TeamFile team, Set<SensitiveValue> restricted) {
        List<Role> roles = new ArrayList<>();
        for (Role role : team.roles()) {
            Set<String> out = role.restricted();
            StringBuilder left = new StringBuilder();
            role.phones().forEach(p -> left.append(out.contains("phone") ? p.text() + "\n" : ""));
            left.append(out.contains("email") && role.email() != null ? role.email() + "\n" : "");
            restricted.addAll(SensitiveValues.in(left.toString()));
            roles.add(new Role(role.id(), role.title(), out.contains("name") ? null : role.name(),
                    out.contains("organisation") ? null : role.organisation(),
                    out.contains("location") ? null : role.location(),
                    out.contains("phone") ? List.of() : role.phones(), out.contains("email") ? null : role.email(),
                    role.alternate(), Set.of()));
        }
        Bridge bridge = team.bridge();
        if (bridge != null && !bridge.restricted().isEmpty()) {
            Set<String> out = bridge.restricted();
            StringBuilder left = new StringBuilder();
            if (out.contains("dial_in")) {
                bridge.dialIn().stream().map(Phone::text).forEach(t -> left.append(t).append('\n'));
            }
            restricted.addAll(SensitiveValues.in(left.toString()));
            bridge = new Bridge(out.contains("dial_in") ? List.of() : bridge.dialIn(),
                    out.contains("access_code") ? null : bridge.accessCode(),
                    out.contains("chat_channel") ? null : bridge.chatChannel(),
                    out.contains("video_url") ? null : bridge.videoUrl(), bridge.fallback(), Set.of());
        }
        return new TeamFile(roles, bridge, team.escalation(),
                bridge != null && bridge.videoUrl() == null ? List.of() : team.links());
    }

    private static String text(Section section) {
        try {
            return Files.readString(section.source().path());
        } catch (IOException e) {
            return section.markdown(); // read once already; the front matter is then all that is not searched
        }
    }
}
