package org.drplan.content;

import java.util.List;
import java.util.Optional;

/**
 * What {@code team.yml} says: the roles of the recovery team, its conference bridge and its escalation ladder.
 *
 * @param bridge     null when the file has none
 * @param escalation empty when the file has none
 * @param links      the URLs the file gives (the bridge's video link), each with its place, to be checked
 */
public record TeamFile(List<Role> roles, Bridge bridge, List<EscalationLevel> escalation, List<YamlLink> links) {

    public static final TeamFile EMPTY = new TeamFile(List.of(), null, List.of(), List.of());

    public TeamFile {
        roles = List.copyOf(roles);
        escalation = List.copyOf(escalation);
        links = List.copyOf(links);
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The ids the team page gives what it shows of this file, for links such as {@code [[team#team-bridge]]}:
     * {@code team-contacts}, {@code team-bridge}, {@code team-escalation} (each when the file has it), and
     * {@code role-<id>} for each role's card.
     */
    public List<String> pageAnchors() {
        List<String> anchors = new java.util.ArrayList<>();
        if (!roles.isEmpty()) {
            anchors.add("team-contacts");
        }
        if (bridge != null) {
            anchors.add("team-bridge");
        }
        if (!escalation.isEmpty()) {
            anchors.add("team-escalation");
        }
        roles.forEach(r -> anchors.add(r.anchor()));
        return anchors;
    }
}
