package org.drplan.links;

/**
 * Where a URL written in a section leads.
 *
 * @param href the URL to put in the page (relative to the page), or null when the link is broken
 */
public record ResolvedLink(Kind kind, String href) {

    /** The kinds of link target. */
    public enum Kind {
        /** http, mailto, tel, ...: left alone. */
        EXTERNAL,
        /** Another section (or this one) of the plan. */
        PAGE,
        /** A file of the content folder copied into the bundle. */
        ASSET,
        /** A heading of the same page ({@code #id}). */
        SAME_PAGE,
        /** A page or file the plan does not have. */
        MISSING,
        /** A path that leaves the content folder: never followed, never copied. */
        OUTSIDE
    }

    public boolean isBroken() {
        return kind == Kind.MISSING || kind == Kind.OUTSIDE;
    }
}
