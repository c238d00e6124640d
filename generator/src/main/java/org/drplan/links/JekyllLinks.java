package org.drplan.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's link tags in URLs: {@code {{ site.baseurl }}{% link ops/restore.md %}} names a file from the site's root,
 * which for drplan is the content folder, so it resolves like {@code /ops/restore.md}.
 */
final class JekyllLinks {

    private static final Pattern LINK_TAG = Pattern.compile(
            "^(?:\\{\\{\\s*site\\.(?:base)?url\\s*}})*\\{%-?\\s*link\\s+([^\\s%]+)\\s*-?%}(.*)$");

    private JekyllLinks() {
    }

    /** The path a Jekyll link tag names, from the content root; any other URL as it is. */
    static String unwrap(String url) {
        if (url.indexOf("{%") < 0) {
            return url;
        }
        Matcher m = LINK_TAG.matcher(url);
        return m.matches() ? "/" + m.group(1).replaceFirst("^/+", "") + m.group(2) : url;
    }
}
