package org.drplan.checks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.drplan.config.PlanDuration;
import org.drplan.content.SourcePosition;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.plan.RecoveryTimes;

/**
 * Can the plan meet its RTO? With estimates on steps ({@code {~15m}}) or sections ({@code estimate:}), a section
 * whose path through what it requires takes longer than its {@code rto:} is a warning at that {@code rto:}, the
 * critical path against the plan's RTO (the scope section's) likewise, and the steps without an estimate are
 * counted, since they make every figure a lower bound. A plan without estimates is not judged.
 */
final class RecoveryTimeCheck {

    private RecoveryTimeCheck() {
    }

    static RecoveryTimes check(Plan plan, Path contentDirectory, Diagnostics diagnostics, List<String> findings) {
        RecoveryTimes times = RecoveryTimes.of(plan);
        if (!times.estimated()) {
            return times;
        }
        for (PlanSection section : plan.sections()) {
            RecoveryTimes.SectionTime time = times.sections().get(section.id());
            PlanDuration rto = section.meta().rto();
            if (rto != null && time.finish().compareTo(rto.value()) > 0) {
                SourcePosition at = section.meta().position("rto").orElse(SourcePosition.START);
                diagnostics.warning(section.source().path(), at.line(), at.column(), label(section) + ": "
                        + RecoveryTimes.format(time.finish()) + " on " + path(plan, time.path()) + ", RTO "
                        + rto.text());
            }
        }
        Optional<PlanSection> scope = RecoveryTimes.planRtoSection(plan);
        if (scope.isPresent() && !times.criticalPath().isEmpty()) {
            PlanDuration rto = scope.get().meta().rto();
            String last = times.criticalPath().get(times.criticalPath().size() - 1);
            Duration finish = times.sections().get(last).finish();
            if (finish.compareTo(rto.value()) > 0) {
                SourcePosition at = scope.get().meta().position("rto").orElse(SourcePosition.START);
                String what = "the critical path takes " + RecoveryTimes.format(finish) + " ("
                        + path(plan, times.criticalPath()) + "), more than the plan's RTO of " + rto.text();
                diagnostics.warning(scope.get().source().path(), at.line(), at.column(), what);
                findings.add(Character.toUpperCase(what.charAt(0)) + what.substring(1) + ".");
            }
        }
        if (times.stepsWithoutEstimate() > 0) {
            diagnostics.warning(contentDirectory, 0, 0, times.stepsWithoutEstimate() + " of " + plan.stepCount()
                    + " steps have no estimate: the recovery times are a lower bound");
        }
        return times;
    }

    private static String label(PlanSection section) {
        return section.number() + " " + section.title();
    }

    private static String path(Plan plan, List<String> ids) {
        return ids.stream().map(id -> plan.require(id).number()).collect(Collectors.joining(" → "));
    }
}
