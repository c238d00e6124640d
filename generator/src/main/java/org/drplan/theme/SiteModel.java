package org.drplan.theme;

import java.util.List;

/**
 * The template variable {@code site}, the same on every page.
 *
 * @param planId    the title as a slug: with the version, it keys the checklist's saved state
 * @param buildDate when the bundle was built, {@code YYYY-MM-DD HH:mm UTC}
 * @param warnings  the build's warnings, javac-style, for the overview page
 */
public record SiteModel(
        String title,
        String planId,
        String organisation,
        String version,
        String buildDate,
        String lang,
        List<NavGroup> nav,
        List<String> warnings,
        int sectionCount,
        int stepCount) {
}
