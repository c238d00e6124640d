package org.drplan.theme;

import java.util.List;

import org.drplan.config.PlanDuration;
import org.drplan.content.Bridge;
import org.drplan.content.Phone;
import org.drplan.content.Role;

/**
 * What the team page and the wallet card show of {@code team.yml}.
 *
 * @param roles      the contact cards, in the order written
 * @param bridge     the conference bridge, or null
 * @param dialIn     the bridge's dial-in numbers with their {@code tel:} links (access code included)
 * @param escalation the escalation ladder, in the order written
 * @param teamPage   the team page's bundle path, or null when the plan has none
 * @param videoHref  the bridge's video link as pages link it; null when there is none or it was found to lead
 *                   nowhere (then pages show the address as text)
 */
public record TeamView(List<Card> roles, Bridge bridge, List<Phone> dialIn, List<Level> escalation,
                       String teamPage, String videoHref) {

    public TeamView {
        roles = List.copyOf(roles);
        dialIn = List.copyOf(dialIn);
        escalation = List.copyOf(escalation);
    }

    /** One contact card: the role, and who stands in for it (null when nobody is named). */
    public record Card(Role role, RoleRef alternate) {
    }

    /** One level of the ladder, with the roles it calls. */
    public record Level(int level, PlanDuration after, List<RoleRef> roles, String when, String how) {
        public Level {
            roles = List.copyOf(roles);
        }
    }
}
