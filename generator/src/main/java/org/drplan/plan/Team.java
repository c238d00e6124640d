package org.drplan.plan;

import java.util.List;
import java.util.Optional;

import org.drplan.content.Bridge;
import org.drplan.content.EscalationLevel;
import org.drplan.content.Role;
import org.drplan.content.TeamFile;

/**
 * The recovery team: what {@code team.yml} says and the section that shows it (contact cards, bridge, escalation).
 *
 * @param file      empty when the plan has no {@code team.yml} (then role ids cannot be checked)
 * @param sectionId the first section of type team, in source order (generated from team.yml when the plan has
 *                  none of its own), if any
 */
public record Team(Optional<TeamFile> file, Optional<String> sectionId) {

    /** The roles, or empty when the plan has no {@code team.yml}. */
    public Optional<List<Role>> roles() {
        return file.map(TeamFile::roles);
    }

    public Optional<Role> role(String id) {
        return file.flatMap(f -> f.role(id));
    }

    public Optional<Bridge> bridge() {
        return file.map(TeamFile::bridge);
    }

    public List<EscalationLevel> escalation() {
        return file.map(TeamFile::escalation).orElse(List.of());
    }
}
