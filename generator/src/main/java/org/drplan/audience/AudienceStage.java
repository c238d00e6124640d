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
import org.drplan.content.Phone;
import org.drplan.content.Role;
import org.drplan.content.Section;
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

    public static Edition edition(List<Section> sections, Optional<TeamFile> team, Audience audience) {
        if (audience == Audience.FULL) {
            return new Edition(audience, sections, List.of(), team, Set.of());
        }
        List<Section> shown = new ArrayList<>();
        List<Section> withheld = new ArrayList<>();
        Set<SensitiveValue> restricted = new LinkedHashSet<>();
        for (Section section : sections) {
            if (section.meta().restricted()) {
                withheld.add(section);
                restricted.addAll(SensitiveValues.in(text(section)));
                continue;
            }
            RestrictedBlocks.Split blocks = RestrictedBlocks.split(section.markdown());
            if (blocks.restricted().isEmpty()) {
                shown.add(section);
            } else {
                restricted.addAll(SensitiveValues.in(blocks.restricted()));
                shown.add(new Section(section.source(), section.meta(), blocks.shown()));
            }
        }
        return new Edition(audience, shown, withheld, team.map(t -> redacted(t, restricted)), restricted);
    }

    /** An error at each place of the bundle that would publish a value of the restricted material, masked. */
    public static void check(Set<SensitiveValue> restricted, Map<String, byte[]> bundle, Path output,
                             Diagnostics diagnostics) {
        for (LeakCheck.Leak leak : LeakCheck.find(restricted, bundle)) {
            diagnostics.error(output.resolve(leak.path()), leak.onPage() ? 0 : leak.line(), leak.onPage() ? 0 : 1,
                    "the shareable bundle would publish a " + leak.value().kind().words() + " of restricted material ("
                    + leak.value().masked() + ")" + (leak.onPage() ? " on page " + leak.line() : "")
                    + ": mark where it is written 'audience: restricted' too, or take it out");
        }
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
