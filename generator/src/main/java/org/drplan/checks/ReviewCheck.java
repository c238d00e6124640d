package org.drplan.checks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drplan.config.PlanDuration;
import org.drplan.content.SourcePosition;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * Each section's {@code reviewed} date against the build date and the plan's review interval: overdue, or in the
 * future, is a warning at the date. Never against the clock: the same files give the same bundle and the same
 * warnings. (Pages opened later show, by the reader's own clock, what has fallen due since: {@code drplan.js}.)
 */
final class ReviewCheck {

    private ReviewCheck() {
    }

    static Map<String, ReviewStatus> check(Plan plan, Diagnostics diagnostics, List<String> findings) {
        LocalDate built = LocalDate.ofInstant(plan.settings().buildTime(), ZoneOffset.UTC);
        PlanDuration interval = plan.settings().reviewInterval();
        Map<String, ReviewStatus> reviews = new HashMap<>();
        int overdue = 0;
        int never = 0;
        for (PlanSection section : plan.sections()) {
            LocalDate reviewed = section.meta().reviewed();
            if (reviewed == null) {
                reviews.put(section.id(), ReviewStatus.NEVER);
                never += CompletenessCheck.isGenerated(section) ? 0 : 1;
                continue;
            }
            LocalDate due = reviewed.atStartOfDay().plus(interval.value()).toLocalDate();
            SourcePosition at = section.meta().position("reviewed").orElse(SourcePosition.START);
            ReviewStatus status;
            if (reviewed.isAfter(built)) {
                status = new ReviewStatus("future", reviewed, due, 0);
                diagnostics.warning(section.source().path(), at.line(), at.column(), "reviewed " + reviewed
                        + " is in the future (the build date is " + built + ")");
            } else if (built.isAfter(due)) {
                long days = ChronoUnit.DAYS.between(due, built);
                status = new ReviewStatus("overdue", reviewed, due, days);
                overdue++;
                diagnostics.warning(section.source().path(), at.line(), at.column(), "review overdue by " + days
                        + (days == 1 ? " day" : " days") + " on the build date " + built + ": reviewed " + reviewed
                        + ", due " + due + " (review interval " + interval + ")");
            } else {
                status = new ReviewStatus("ok", reviewed, due, 0);
            }
            reviews.put(section.id(), status);
        }
        if (overdue > 0) {
            findings.add(overdue + (overdue == 1 ? " section is" : " sections are") + " overdue for review.");
        }
        if (never > 0) {
            findings.add(never + (never == 1 ? " section has" : " sections have") + " never been reviewed.");
        }
        return reviews;
    }
}
