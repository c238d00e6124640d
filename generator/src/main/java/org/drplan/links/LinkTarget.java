package org.drplan.links;

/**
 * Where a URL or cross-reference written in a section leads, independent of any output: each output (the bundle's
 * pages, the print document) writes a target as its own kind of URL.
 *
 * @param sectionId for SECTION: the section linked to
 * @param path      for ASSET: the file's path in the bundle, e.g. {@code images/net.svg}
 * @param anchor    for SECTION and ASSET: the fragment without {@code #}, or empty
 * @param query     for SECTION and ASSET: a query written after the path ({@code ?x=1}), or empty
 * @param url       for EXTERNAL: the URL as written
 * @param problem   for MISSING and OUTSIDE: what is wrong, e.g. {@code link target 'x' not found}; for WITHHELD, the
 *                  title of the section left out
 */
public record LinkTarget(Kind kind, String sectionId, String path, String anchor, String query, String url,
                         String problem) {

    /** The kinds of target. */
    public enum Kind {
        /** A section of the plan (the linking one included). */
        SECTION,
        /** A file of the content folder copied into the bundle. */
        ASSET,
        /** http, mailto, tel, ...: left as written, never fetched; also an empty URL. */
        EXTERNAL,
        /** A section, file or anchor the plan does not have. */
        MISSING,
        /** A path that leaves the content folder: never followed, never copied. */
        OUTSIDE,
        /**
         * A section of the plan this bundle's audience does not get ({@code audience: restricted} in a shareable
         * build): the link's text is shown, as text.
         */
        WITHHELD
    }

    public static LinkTarget section(String sectionId, String anchor, String query) {
        return new LinkTarget(Kind.SECTION, sectionId, null, anchor, query, null, null);
    }

    static LinkTarget asset(String path, String anchor, String query) {
        return new LinkTarget(Kind.ASSET, null, path, anchor, query, null, null);
    }

    static LinkTarget external(String url) {
        return new LinkTarget(Kind.EXTERNAL, null, null, "", "", url, null);
    }

    static LinkTarget missing(String problem) {
        return new LinkTarget(Kind.MISSING, null, null, "", "", null, problem);
    }

    static LinkTarget outside(String problem) {
        return new LinkTarget(Kind.OUTSIDE, null, null, "", "", null, problem);
    }

    static LinkTarget withheld(String title) {
        return new LinkTarget(Kind.WITHHELD, null, null, "", "", null, title);
    }

    public boolean isBroken() {
        return kind == Kind.MISSING || kind == Kind.OUTSIDE;
    }

    /** Whether the URL is on the network: http(s) pages that may not open at the recovery site. */
    public boolean isWeb() {
        return kind == Kind.EXTERNAL && url.matches("(?i)(https?:)?//.*");
    }
}
