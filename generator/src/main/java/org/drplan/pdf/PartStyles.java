package org.drplan.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The print style as a part of a long plan needs it: the renderer counts pages within the document it lays out, so
 * the total ({@code counter(pages)}) becomes the whole plan's, written out, and a page a link leads to
 * ({@code target-counter(attr(href), page)}) becomes the number drplan found and wrote on the link as
 * {@code data-page}. The page counter itself starts at the part's first page.
 */
final class PartStyles {

    private static final Pattern PAGES = Pattern.compile("counter\\(\\s*pages\\s*\\)");
    private static final Pattern TARGET_PAGE =
            Pattern.compile("target-counter\\(\\s*attr\\(\\s*href\\s*\\)\\s*,\\s*page\\s*\\)");

    private PartStyles() {
    }

    static String rewrite(String css, int totalPages) {
        String withTotal = PAGES.matcher(css).replaceAll(Matcher.quoteReplacement("\"" + totalPages + "\""));
        return TARGET_PAGE.matcher(withTotal).replaceAll("attr(data-page)");
    }
}
