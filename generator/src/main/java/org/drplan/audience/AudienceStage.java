package org.drplan.audience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drplan.config.Audience;
import org.drplan.content.Section;
import org.drplan.diagnostics.Diagnostics;

/**
 * A bundle for readers outside the recovery team ({@code audience=shareable}): the sections marked
 * {@code audience: restricted} are left out before anything is made of them, and the bundle it would publish is
 * searched, before it is written, for every sensitive value of what was left out ({@link LeakCheck}).
 */
public final class AudienceStage {

    private AudienceStage() {
    }

    /** The sections a bundle for {@code audience} shows, and the sensitive values of those it leaves out. */
    public record Split(List<Section> shown, Set<SensitiveValue> restricted) {
    }

    public static Split split(List<Section> sections, Audience audience) {
        if (audience == Audience.FULL) {
            return new Split(sections, Set.of());
        }
        List<Section> shown = new ArrayList<>();
        Set<SensitiveValue> restricted = new LinkedHashSet<>();
        for (Section section : sections) {
            if (section.meta().restricted()) {
                restricted.addAll(SensitiveValues.in(text(section)));
            } else {
                shown.add(section);
            }
        }
        return new Split(shown, restricted);
    }

    /** An error at each place of the bundle that would publish a value of the restricted material, masked. */
    public static void check(Set<SensitiveValue> restricted, Map<String, byte[]> bundle, Path output,
                             Diagnostics diagnostics) {
        for (LeakCheck.Leak leak : LeakCheck.find(restricted, bundle)) {
            diagnostics.error(output.resolve(leak.path()), leak.line(), 1, "the shareable bundle would publish a "
                    + leak.value().kind().words() + " of restricted material (" + leak.value().masked() + "): "
                    + "mark where it is written 'audience: restricted' too, or take it out");
        }
    }

    private static String text(Section section) {
        try {
            return Files.readString(section.source().path());
        } catch (IOException e) {
            return section.markdown(); // read once already; the front matter is then all that is not searched
        }
    }
}
