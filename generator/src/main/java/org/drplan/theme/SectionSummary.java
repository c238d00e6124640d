package org.drplan.theme;

import java.time.LocalDate;

import org.drplan.checks.ReviewStatus;
import org.drplan.config.PlanDuration;

/**
 * What the navigation, the overview and the checklist page show of a section.
 *
 * @param number   its place in the plan, e.g. {@code 5.3}
 * @param path     the page's path in the bundle, e.g. {@code procedures/restore-db.html} (prefix with {@code root})
 * @param type     front-matter type key, e.g. {@code procedure}
 * @param owner    the role of {@code owner:} as a page names it, or null
 * @param rto      null when not set; shows as written ({@code 4h})
 * @param reviewed null when not set; shows as {@code YYYY-MM-DD}
 * @param review   how fresh that review is on the build date
 * @param restricted whether it is marked {@code audience: restricted}: only the full plan has it
 */
public record SectionSummary(
        String id,
        String number,
        String title,
        String path,
        String type,
        RoleRef owner,
        PlanDuration rto,
        PlanDuration rpo,
        LocalDate reviewed,
        ReviewStatus review,
        int stepCount,
        boolean restricted) {
}
