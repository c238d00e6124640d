package org.drplan.checks;

import java.util.List;
import java.util.Map;

/**
 * What the checks found, for the reader: the overview lists the findings ("3 sections are overdue for review"), and
 * every page shows its own review status.
 *
 * @param findings what the plan lacks or has let go stale, one sentence each, most important first
 * @param reviews  each section's review status, by section id
 */
public record PlanHealth(List<String> findings, Map<String, ReviewStatus> reviews) {

    public static final PlanHealth UNCHECKED = new PlanHealth(List.of(), Map.of());

    public PlanHealth {
        findings = List.copyOf(findings);
        reviews = Map.copyOf(reviews);
    }

    public ReviewStatus review(String sectionId) {
        return reviews.getOrDefault(sectionId, ReviewStatus.NEVER);
    }
}
