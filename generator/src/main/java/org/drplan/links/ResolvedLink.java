package org.drplan.links;

/**
 * Where a URL or cross-reference written in a section leads.
 *
 * @param href     the URL to put in the page (relative to the page); null when broken
 * @param targetId the section linked to, for PAGE links (backlinks, "Before you start"); else null
 * @param problem  what is wrong, for MISSING and OUTSIDE, e.g. {@code link target 'x' not found}
 */
public record ResolvedLink(Kind kind, String href, String targetId, String problem) {

    /** The kinds of link target. */
    public enum Kind {
        /** http, mailto, tel, ...: left alone, never fetched. */
        EXTERNAL,
        /** A section of the plan (this one included). */
        PAGE,
        /** A file of the content folder copied into the bundle. */
        ASSET,
        /** A page or file or anchor the plan does not have. */
        MISSING,
        /** A path that leaves the content folder: never followed, never copied. */
        OUTSIDE
    }

    static ResolvedLink external(String url) {
        return new ResolvedLink(Kind.EXTERNAL, url, null, null);
    }

    static ResolvedLink page(String href, String targetId) {
        return new ResolvedLink(Kind.PAGE, href, targetId, null);
    }

    static ResolvedLink asset(String href) {
        return new ResolvedLink(Kind.ASSET, href, null, null);
    }

    static ResolvedLink missing(String problem) {
        return new ResolvedLink(Kind.MISSING, null, null, problem);
    }

    static ResolvedLink outside(String problem) {
        return new ResolvedLink(Kind.OUTSIDE, null, null, problem);
    }

    public boolean isBroken() {
        return kind == Kind.MISSING || kind == Kind.OUTSIDE;
    }
}
