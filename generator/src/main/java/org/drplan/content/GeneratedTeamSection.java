package org.drplan.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The team page of a plan that has {@code team.yml} but no section of type team: an empty section the theme fills
 * with the contact cards, the bridge and the escalation ladder, so that {@code [[@role]]} links and owners have a
 * page to land on. Its file is team.yml itself, so anything said about it points there.
 */
public final class GeneratedTeamSection {

    public static final String TITLE = "Recovery team and communication";

    private GeneratedTeamSection() {
    }

    /** @param takenIds the ids of the plan's sections: the page is {@code team}, else {@code recovery-team} */
    public static Section of(Path contentDirectory, Set<String> takenIds) {
        String id = takenIds.contains("team") ? "recovery-team" : "team";
        SectionMeta meta = new SectionMeta(TITLE, id, SectionType.TEAM, null, null, null, null, null, List.of(), List.of(),
                null, null, Map.of(), Map.of(), false);
        return new Section(new SourceFile(contentDirectory.resolve(TeamFileReader.FILE_NAME),
                TeamFileReader.FILE_NAME), meta, "");
    }
}
