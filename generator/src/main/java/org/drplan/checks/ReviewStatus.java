package org.drplan.checks;

import java.time.LocalDate;

/**
 * How fresh a section's review is on the build date.
 *
 * @param state       {@code ok}, {@code overdue}, {@code never} (no {@code reviewed}) or {@code future}
 * @param reviewed    the {@code reviewed} date, or null
 * @param due         when the next review is due ({@code reviewed} plus the plan's review interval), or null
 * @param daysOverdue days since {@code due} when overdue, else 0
 */
public record ReviewStatus(String state, LocalDate reviewed, LocalDate due, long daysOverdue) {

    public static final ReviewStatus NEVER = new ReviewStatus("never", null, null, 0);

    public boolean isOverdue() {
        return state.equals("overdue");
    }
}
