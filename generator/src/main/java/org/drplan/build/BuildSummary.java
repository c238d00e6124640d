package org.drplan.build;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What a successful build made, for the one line the build log prints.
 *
 * @param pages      HTML pages written
 * @param indexBytes size of the search index file
 * @param pdfPages   pages of {@code plan.pdf}; 0 when the bundle has none
 * @param buildId    which build it is (see {@code BuildSources})
 * @param buildTime  the build date the bundle states
 */
public record BuildSummary(int sections, int steps, int pages, long indexBytes, int pdfPages, Duration time,
                           String buildId, Instant buildTime) {

    /**
     * {@code 1,000 sections, 14,200 steps, 1,004 pages, index 6.1 MB, PDF 2,140 pages, build 3f9a1c0b7e2d in 3.2 s}.
     */
    public String line() {
        return String.format(Locale.ROOT, "%s, %s, %s, index %.1f MB%s, build %s in %.1f s", count(sections, "section"),
                count(steps, "step"), count(pages, "page"), indexBytes / 1e6,
                pdfPages > 0 ? ", PDF " + count(pdfPages, "page") : "", buildId, time.toMillis() / 1000.0);
    }

    /** The same summary, timed anew. */
    public BuildSummary withTime(Duration total) {
        return new BuildSummary(sections, steps, pages, indexBytes, pdfPages, total, buildId, buildTime);
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
