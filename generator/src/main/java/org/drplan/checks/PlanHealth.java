package org.drplan.checks;

import java.util.List;
import java.util.Map;

import org.drplan.plan.RecoveryTimes;

/**
 * What the checks found, for the reader: the overview lists the findings ("3 sections are overdue for review"), and
 * every page shows its own review status.
 *
 * @param findings what the plan lacks or has let go stale, one sentence each, most important first
 * @param reviews  each section's review status, by section id
 * @param times    how long the recovery takes by the plan's estimates
 */
public record PlanHealth(List<String> findings, Map<String, ReviewStatus> reviews, RecoveryTimes times) {

    public static final PlanHealth UNCHECKED = new PlanHealth(List.of(), Map.of(),
            new RecoveryTimes(Map.of(), List.of(), 0, false));

    public PlanHealth {
        findings = List.copyOf(findings);
        reviews = Map.copyOf(reviews);
    }

    public ReviewStatus review(String sectionId) {
        return reviews.getOrDefault(sectionId, ReviewStatus.NEVER);
    }
}
