package org.drplan.plan;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.drplan.config.PlanDuration;
import org.drplan.json.JsonText;

/**
 * The plan as data, a stable format (README, "plan.json"): the bundle carries it as {@code plan.json}, so that a
 * later build can say what changed since, and {@code report.html} reads the same to set a run against the plan.
 * Sections with their number, title, type, owner, requires, RTO, RPO, estimate and earliest finish; every step with
 * its number, section, text, kind and estimate; every decision point with its question and where each answer leads.
 * Durations in minutes (null when not given); safe inside a
 * {@code <script>} element.
 */
public final class PlanJson {

    /** The name of the file in the bundle. */
    public static final String PATH = "plan.json";
    /** Raised only when a reader of an earlier format could no longer read it. */
    public static final int FORMAT = 1;

    private PlanJson() {
    }

    public static String of(Plan plan, RecoveryTimes times) {
        StringBuilder json = new StringBuilder(256 + 160 * plan.stepCount());
        Optional<PlanDuration> planRto = RecoveryTimes.planRtoSection(plan).map(s -> s.meta().rto());
        json.append("{\"format\":").append(FORMAT).append(",\"plan\":").append(JsonText.quote(plan.id()))
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
            PlanDuration rpo = section.meta().rpo();
            json.append(separator).append("{\"id\":").append(JsonText.quote(section.id()))
                    .append(",\"number\":").append(JsonText.quote(section.number()))
                    .append(",\"title\":").append(JsonText.quote(section.title()))
                    .append(",\"type\":").append(JsonText.quote(section.type().key()))
                    .append(",\"path\":").append(JsonText.quote(section.outputPath()))
                    .append(",\"owner\":").append(section.owner().map(r -> JsonText.quote(r.id())).orElse("null"))
                    .append(",\"requires\":").append(strings(section.requires()))
                    .append(",\"rto\":").append(minutes(rto == null ? null : rto.value()))
                    .append(",\"rtoText\":").append(rto == null ? "null" : JsonText.quote(rto.text()))
                    .append(",\"rpo\":").append(minutes(rpo == null ? null : rpo.value()))
                    .append(",\"rpoText\":").append(rpo == null ? "null" : JsonText.quote(rpo.text()))
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
        json.append("],\"decisions\":[");
        separator = "";
        for (PlanSection section : plan.sections()) {
            for (DecisionPoint decision : plan.decisionPoints().getOrDefault(section.id(), List.of())) {
                json.append(separator).append("{\"id\":").append(JsonText.quote(decision.id()))
                        .append(",\"section\":").append(JsonText.quote(section.id()))
                        .append(",\"question\":").append(JsonText.quote(decision.decision().question()))
                        .append(",\"after\":").append(decision.afterStep() == null ? "null"
                                : JsonText.quote(decision.afterStep()))
                        .append(",\"answers\":[");
                String comma = "";
                for (DecisionPoint.Branch branch : decision.branches()) {
                    json.append(comma).append("{\"answer\":").append(JsonText.quote(branch.answer().key()))
                            .append(",\"text\":").append(JsonText.quote(branch.answer().label()))
                            .append(",\"target\":").append(branch.target().map(t -> JsonText.quote(
                                    plan.require(t.sectionId()).number() + " " + plan.require(t.sectionId()).title()))
                                    .orElse("null"))
                            .append('}');
                    comma = ",";
                }
                json.append("]}");
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
