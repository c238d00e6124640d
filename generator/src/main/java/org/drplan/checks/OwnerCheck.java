package org.drplan.checks;

import java.util.List;

import org.drplan.content.Role;
import org.drplan.content.SourcePosition;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Suggestions;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/** {@code owner:} names a role of team.yml (an error otherwise); without team.yml owners cannot be checked. */
final class OwnerCheck {

    private OwnerCheck() {
    }

    static void check(Plan plan, Diagnostics diagnostics) {
        if (plan.team().roles().isEmpty()) {
            return;
        }
        List<String> ids = plan.team().roles().get().stream().map(Role::id).toList();
        for (PlanSection section : plan.sections()) {
            String owner = section.meta().owner();
            if (owner != null && section.owner().isEmpty()) {
                SourcePosition at = section.meta().position("owner").orElse(SourcePosition.START);
                diagnostics.error(section.source().path(), at.line(), at.column(), "owner " + org.drplan.diagnostics.Echo.quote(owner)
                        + " is not a role of team.yml" + Suggestions.closest(owner, ids)
                        .map(s -> " (did you mean '" + s + "'?)").orElse(""));
            }
        }
    }
}
