package org.drplan.markdown;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids the theme's page frame and team page use, which no heading or step of a section may take: a heading of the
 * same name gets {@code -section} after its id. The theme's templates are checked against this list by a test.
 */
public final class LayoutIds {

    /** Ids the layout writes as they are. */
    public static final Set<String> FIXED = Set.of("main", "sidebar", "contents", "contacts", "checklist",
            "checklist-steps", "initials", "mode-banner", "store-banner", "export-raw", "import-file", "import-status",
            "previous-run", "previous-steps",
            "search-input", "search-results", "search-page-results", "search-page-status", "overall-label",
            "before-heading", "referenced-heading", "contacts-heading", "bridge-heading", "escalation-heading",
            "validation-heading", "team-contacts", "team-bridge", "team-escalation", "health-heading",
            "glance-heading", "recovery-heading", "recovery-time", "changes-insert", "build-warnings",
            "verify-heading", "verify-folder", "verify-status", "verify-results", "commands-heading");

    /**
     * Ids the layout makes from names: role cards ({@code role-dba-lead}), footnotes ({@code fn-1}), the checklist's
     * groups ({@code cl-3}) and the overview's parts ({@code part-procedure}).
     */
    private static final Pattern MADE = Pattern.compile("role-.+|fn-\\d+|fnref-\\d+(-\\d+)?|cl-\\d+|part-.+");

    private LayoutIds() {
    }

    public static boolean isReserved(String id) {
        return FIXED.contains(id) || MADE.matcher(id).matches();
    }
}
