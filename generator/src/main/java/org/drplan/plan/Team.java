package org.drplan.plan;

import java.util.List;
import java.util.Optional;

import org.drplan.content.Role;

/**
 * The recovery team: the roles of {@code team.yml} and the section that shows their contact cards.
 *
 * @param roles     empty when the plan has no {@code team.yml} (then role ids cannot be checked)
 * @param sectionId the first section of type team, in source order, if any
 */
public record Team(Optional<List<Role>> roles, Optional<String> sectionId) {

    public Team {
        roles = roles.map(List::copyOf);
    }

    public Optional<Role> role(String id) {
        return roles.orElse(List.of()).stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
