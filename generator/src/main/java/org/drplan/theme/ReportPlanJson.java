package org.drplan.theme;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.drplan.config.PlanDuration;
import org.drplan.json.JsonText;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.plan.RecoveryTimes;
import org.drplan.plan.Step;

/**
 * What the after-action report ({@code report.html}) knows of the plan, as the JSON its script reads (the format is
 * described in {@code assets/report-core.js}): sections with their requires, RTOs, estimates and earliest finishes,
 * and every step with its number, kind and estimate. Durations are in minutes; safe inside a {@code <script>}.
 */
final class ReportPlanJson {

    private ReportPlanJson() {
    }

    static String of(Plan plan, RecoveryTimes times, String planId) {
        StringBuilder json = new StringBuilder(256 + 160 * plan.stepCount());
        Optional<PlanDuration> planRto = RecoveryTimes.planRtoSection(plan).map(s -> s.meta().rto());
        json.append("{\"plan\":").append(JsonText.quote(planId))
                .append(",\"title\":").append(JsonText.quote(plan.settings().title()))
                .append(",\"version\":").append(JsonText.quote(plan.settings().version()))
                .append(",\"build\":").append(JsonText.quote(plan.settings().buildId()))
                .append(",\"rto\":").append(minutes(planRto.map(PlanDuration::value).orElse(null)))
                .append(",\"rtoText\":").append(planRto.map(d -> JsonText.quote(d.text())).orElse("null"))
                .append(",\"estimate\":");
        if (times.estimated() && !times.criticalPath().isEmpty()) {
            String last = times.criticalPath().get(times.criticalPath().size() - 1);
            json.append("{\"total\":").append(minutes(times.sections().get(last).finish())).append(",\"path\":")
                    .append(strings(times.criticalPath())).append('}');
        } else {
            json.append("null");
        }
        json.append(",\"sections\":[");
        String separator = "";
        for (PlanSection section : plan.sections()) {
            RecoveryTimes.SectionTime time = times.sections().get(section.id());
            PlanDuration rto = section.meta().rto();
            json.append(separator).append("{\"id\":").append(JsonText.quote(section.id()))
                    .append(",\"number\":").append(JsonText.quote(section.number()))
                    .append(",\"title\":").append(JsonText.quote(section.title()))
                    .append(",\"path\":").append(JsonText.quote(section.outputPath()))
                    .append(",\"requires\":").append(strings(section.requires()))
                    .append(",\"rto\":").append(minutes(rto == null ? null : rto.value()))
                    .append(",\"rtoText\":").append(rto == null ? "null" : JsonText.quote(rto.text()))
                    .append(",\"estimate\":").append(minutes(time == null ? null : time.own()))
                    .append(",\"finish\":").append(times.estimated() && time != null ? minutes(time.finish()) : "null")
                    .append('}');
            separator = ",";
        }
        json.append("],\"steps\":[");
        separator = "";
        for (PlanSection section : plan.sections()) {
            for (Step step : section.allSteps()) {
                json.append(separator).append("{\"id\":").append(JsonText.quote(step.id()))
                        .append(",\"number\":").append(JsonText.quote(step.number()))
                        .append(",\"section\":").append(JsonText.quote(section.id()))
                        .append(",\"text\":").append(JsonText.quote(step.text()))
                        .append(",\"kind\":").append(JsonText.quote(step.kind().key()))
                        .append(",\"estimate\":")
                        .append(minutes(step.estimate() == null ? null : step.estimate().value()))
                        .append('}');
                separator = ",";
            }
        }
        return json.append("]}").toString();
    }

    private static String minutes(Duration duration) {
        if (duration == null) {
            return "null";
        }
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? Long.toString(seconds / 60)
                : java.math.BigDecimal.valueOf(seconds).divide(java.math.BigDecimal.valueOf(60), 4,
                        java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String strings(List<String> values) {
        return values.stream().map(JsonText::quote).collect(Collectors.joining(",", "[", "]"));
    }
}
