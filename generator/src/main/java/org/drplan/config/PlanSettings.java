package org.drplan.config;

import java.time.Instant;

/**
 * The plan-wide settings in force for one build: plugin parameter, then {@code drplan.yml}, then default.
 *
 * @param binding   printed on both sides (mirrored margins) or one
 * @param buildTime when the bundle is said to be built: {@code project.build.outputTimestamp} when configured,
 *                  else the newest modification time of the plan's files (never the clock); the one date the
 *                  bundle is measured against (review status included), so that the same files give the same bundle
 * @param buildId   a short hash of what the bundle is built from (see {@code BuildSources}), e.g. {@code 3f9a1c0b7e2d}
 * @param audience  who the bundle is for: a shareable edition has its own build id and says so on every page
 */
public record PlanSettings(
        String title,
        String organisation,
        String version,
        PlanDuration reviewInterval,
        String lang,
        Paper paper,
        Binding binding,
        Instant buildTime,
        String buildId,
        Audience audience) {

    public static final String FILE_NAME = "drplan.yml";
    public static final PlanDuration DEFAULT_REVIEW_INTERVAL = PlanDuration.parse("180d").orElseThrow();
}
