package org.drplan.config;

import java.time.Instant;

/**
 * The plan-wide settings in force for one build: plugin parameter, then {@code drplan.yml}, then default.
 *
 * @param buildTime when the bundle is said to be built (reproducible when configured)
 */
public record PlanSettings(
        String title,
        String organisation,
        String version,
        PlanDuration reviewInterval,
        String lang,
        Paper paper,
        Instant buildTime) {

    public static final String FILE_NAME = "drplan.yml";
    public static final PlanDuration DEFAULT_REVIEW_INTERVAL = PlanDuration.parse("180d").orElseThrow();
}
