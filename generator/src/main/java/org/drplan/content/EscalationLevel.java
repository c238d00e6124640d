package org.drplan.content;

import java.util.List;

import org.drplan.config.PlanDuration;

/**
 * One level of the escalation ladder of {@code team.yml}, in the order written. Fields left out are null.
 *
 * @param level the level's number: as written, else its place in the ladder (1, 2, ...)
 * @param after how long after the first alert this level is called, e.g. {@code 15m}
 * @param roles the ids of the roles called at this level
 * @param when  the condition that calls this level ("the bridge has no lead after 15 minutes")
 * @param how   how they are called ("phone, then page")
 */
public record EscalationLevel(int level, PlanDuration after, List<String> roles, String when, String how) {

    public EscalationLevel {
        roles = List.copyOf(roles);
    }
}
