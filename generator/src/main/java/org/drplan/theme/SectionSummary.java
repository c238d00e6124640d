package org.drplan.theme;

/**
 * What the navigation, the overview and the checklist page show of a section.
 *
 * @param path     the page's path in the bundle, e.g. {@code procedures/restore-db.html} (prefix with {@code root})
 * @param type     front-matter type key, e.g. {@code procedure}
 * @param reviewed {@code YYYY-MM-DD} or null
 */
public record SectionSummary(
        String id,
        String title,
        String path,
        String type,
        String owner,
        String rto,
        String rpo,
        String reviewed,
        int stepCount) {
}
