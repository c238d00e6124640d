package org.drplan.content;

/**
 * The pages every bundle has of its own, with the names no section may take: one place for the name of each, read
 * by the section-id check, the page writer and, through the site model, the templates.
 */
public enum BundlePage {
    INDEX("index"),
    CHECKLIST("checklist"),
    REPORT("report"),
    CHANGES("changes"),
    SEARCH("search"),
    VERIFY("verify"),
    WALLET_CARD("wallet-card");

    private final String id;

    BundlePage(String id) {
        this.id = id;
    }

    /** The id a section would need to be published under this page's name. */
    public String id() {
        return id;
    }

    /** The page's path in the bundle, e.g. {@code checklist.html}. */
    public String path() {
        return id + ".html";
    }
}
