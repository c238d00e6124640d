package org.drplan.theme;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.drplan.config.PlanDuration;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.plan.RecoveryTimes;

/**
 * The overview's "Can the plan meet its RTO?": the critical path, and for each section with an estimate or an RTO
 * its own time, its earliest finish, its slack against its RTO and a bar on a common time line (positions in percent
 * of the longest of the finishes and the plan's RTO).
 *
 * @param total       when the critical path finishes, e.g. {@code 3h 20m}
 * @param planRto     the plan's RTO as written, or null
 * @param overPlanRto whether the critical path takes longer than the plan's RTO
 * @param path        the critical path's sections, first first
 * @param unknown     steps without an estimate (the figures are then a lower bound)
 * @param rows        the sections with an estimate or an RTO, in plan order
 * @param rtoAt       where the plan's RTO falls on the time line, in percent, or null
 */
public record RecoveryModel(String total, String planRto, boolean overPlanRto, List<SectionSummary> path,
        int unknown, int steps, List<Row> rows, String rtoAt) {

    /**
     * @param slack  RTO minus earliest finish ({@code 40m}, {@code -1h} when over), or null without an RTO
     * @param start  where its own time starts on the time line, in percent
     * @param width  how long its own time is on the time line, in percent
     */
    public record Row(SectionSummary section, String own, String finish, String slack, boolean over, boolean critical,
            String start, String width) {
    }

    public RecoveryModel {
        path = List.copyOf(path);
        rows = List.copyOf(rows);
    }

    /** The model, or null when the plan has no estimate (then the overview says nothing about times). */
    static RecoveryModel of(Plan plan, RecoveryTimes times, java.util.function.Function<PlanSection,
            SectionSummary> summary) {
        if (!times.estimated() || times.criticalPath().isEmpty()) {
            return null;
        }
        String last = times.criticalPath().get(times.criticalPath().size() - 1);
        Duration total = times.sections().get(last).finish();
        PlanDuration planRto = RecoveryTimes.planRtoSection(plan).map(s -> s.meta().rto()).orElse(null);
        Duration scale = planRto != null && planRto.value().compareTo(total) > 0 ? planRto.value() : total;
        List<Row> rows = new ArrayList<>();
        for (PlanSection section : plan.sections()) {
            RecoveryTimes.SectionTime time = times.sections().get(section.id());
            PlanDuration rto = section.meta().rto();
            if (time.own() == null && rto == null) {
                continue;
            }
            Duration own = time.own() == null ? Duration.ZERO : time.own();
            Duration slack = rto == null ? null : rto.value().minus(time.finish());
            rows.add(new Row(summary.apply(section), time.own() == null ? null : RecoveryTimes.format(own),
                    RecoveryTimes.format(time.finish()), slack == null ? null : signed(slack),
                    slack != null && slack.isNegative(), times.criticalPath().contains(section.id()),
                    percent(time.finish().minus(own), scale), percent(own, scale)));
        }
        return new RecoveryModel(RecoveryTimes.format(total), planRto == null ? null : planRto.text(),
                planRto != null && total.compareTo(planRto.value()) > 0,
                times.criticalPath().stream().map(id -> summary.apply(plan.require(id))).toList(),
                times.stepsWithoutEstimate(), plan.stepCount(), rows,
                planRto == null ? null : percent(planRto.value(), scale));
    }

    private static String signed(Duration slack) {
        return slack.isNegative() ? "−" + RecoveryTimes.format(slack.negated()) : RecoveryTimes.format(slack);
    }

    private static String percent(Duration part, Duration whole) {
        double value = whole.isZero() ? 0 : 100.0 * part.toSeconds() / whole.toSeconds();
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
