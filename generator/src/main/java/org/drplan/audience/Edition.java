package org.drplan.audience;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.drplan.config.Audience;
import org.drplan.content.Section;
import org.drplan.content.TeamFile;

/**
 * The plan as one audience gets it.
 *
 * @param shown      the sections the bundle has, restricted blocks blanked in a shareable edition
 * @param withheld   the sections left out: a link to one shows its text, as text
 * @param blocks     the {@code !!! restricted} blocks left out, each as a section of its own (the file's, holding
 *                   only the block): read for the files they show, which leave with them
 * @param team       {@code team.yml} without the fields it marks restricted (in a shareable edition)
 * @param restricted what was left out that the leak check looks for in the bundle; empty for the full edition
 */
public record Edition(Audience audience, List<Section> shown, List<Section> withheld, List<Section> blocks,
                      Optional<TeamFile> team, Set<SensitiveValue> restricted) {

    public Edition {
        shown = List.copyOf(shown);
        withheld = List.copyOf(withheld);
        blocks = List.copyOf(blocks);
        restricted = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(restricted));
    }
}
