package org.drplan.build;

import java.time.Duration;

/**
 * How long one stage of a build took and how much it made.
 *
 * @param what what it made, e.g. {@code 1000 sections}; empty when there is nothing to count
 */
public record StageTime(String stage, Duration time, String what) {

    /** {@code markdown: 412 ms (1000 sections)}. */
    public String line() {
        return stage + ": " + time.toMillis() + " ms" + (what.isEmpty() ? "" : " (" + what + ")");
    }
}
