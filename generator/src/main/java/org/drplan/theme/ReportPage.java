package org.drplan.theme;

/**
 * The template variable {@code page} on {@code report.html}, the after-action report.
 *
 * @param planJson what the report's script knows of the plan ({@link org.drplan.plan.PlanJson}), safe inside a script element
 * @param estimated whether the plan has estimates to hold the run against
 */
public record ReportPage(String planJson, boolean estimated) {
}
