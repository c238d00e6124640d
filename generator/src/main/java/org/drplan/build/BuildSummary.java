package org.drplan.build;

import java.time.Duration;
import java.util.Locale;

/**
 * What a successful build made, for the one line the build log prints.
 *
 * @param pages      HTML pages written
 * @param indexBytes size of the search index file
 * @param pdfPages   pages of {@code plan.pdf}; 0 when the bundle has none
 */
public record BuildSummary(int sections, int steps, int pages, long indexBytes, int pdfPages, Duration time) {

    /** {@code 1,000 sections, 14,200 steps, 1,004 pages, index 6.1 MB, PDF 2,140 pages in 3.2 s}. */
    public String line() {
        return String.format(Locale.ROOT, "%s, %s, %s, index %.1f MB%s in %.1f s", count(sections, "section"),
                count(steps, "step"), count(pages, "page"), indexBytes / 1e6,
                pdfPages > 0 ? ", PDF " + count(pdfPages, "page") : "", time.toMillis() / 1000.0);
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
