package org.drplan.theme;

/**
 * What every template receives (the root of its data model).
 *
 * @param site        the plan as every page shows it
 * @param root        the relative way back to the bundle root from this page: {@code ""} or {@code ../}
 * @param currentPath this page's path in the bundle
 * @param kind        {@code index}, {@code section}, {@code checklist}, {@code search}, {@code wallet},
 *                    {@code verify} or {@code print}
 * @param nav         on a section page, where it sits in the navigation; else null
 * @param page        what this kind of page shows: a {@link SectionPage}, {@link ChecklistPage}, {@link TeamView}
 *                    (wallet card), {@link VerifyPage} or {@link PrintPage}; null on the overview and search pages
 * @param <T>         the type of {@code page}
 */
public record PageModel<T>(SiteModel site, String root, String currentPath, String kind, NavPosition nav, T page) {

    /**
     * A section page's place in the navigation.
     *
     * @param type  its part's type key
     * @param index its 0-based position in that part
     */
    public record NavPosition(String type, int index) {
    }
}
