package org.drplan.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drplan.config.PlanDuration;
import org.drplan.content.SectionType;

/**
 * How long the recovery takes by the plan's estimates: each section's own time (the sum of its steps' estimates,
 * {@code {~15m}}, or its {@code estimate:} when none of its steps has one), and its earliest finish: its own time
 * after the longest path through what it {@code requires}. A section without any estimate counts as taking no
 * time, so while steps lack estimates every figure is a lower bound ({@link #stepsWithoutEstimate()}).
 *
 * @param sections             each section's times, by id, in plan order
 * @param criticalPath         the path that finishes last, first section first; empty without estimates
 * @param stepsWithoutEstimate steps whose time is not known: neither they, their sub-steps nor their section
 *                             carry an estimate
 * @param estimated            whether the plan has any estimate at all (without one, nothing is said about times)
 */
public record RecoveryTimes(Map<String, SectionTime> sections, List<String> criticalPath, int stepsWithoutEstimate,
        boolean estimated) {

    /**
     * @param own    the section's own time, or null when neither its steps nor the section have an estimate
     * @param finish its earliest finish, counted from the start of the recovery
     * @param path   the sections that path runs through, ending with this one
     */
    public record SectionTime(Duration own, Duration finish, List<String> path) {
    }

    public RecoveryTimes {
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        criticalPath = List.copyOf(criticalPath);
    }

    public static RecoveryTimes of(Plan plan) {
        Map<String, Duration> own = new HashMap<>();
        int unknown = 0;
        boolean estimated = false;
        for (PlanSection section : plan.sections()) {
            Duration steps = null;
            for (Step step : section.steps()) {
                Duration time = time(step);
                steps = time == null ? steps : steps == null ? time : steps.plus(time);
            }
            PlanDuration declared = section.meta().estimate();
            if (steps != null) {
                own.put(section.id(), steps);
                estimated = true;
                unknown += section.steps().stream().mapToInt(RecoveryTimes::unknownSteps).sum();
            } else if (declared != null) {
                own.put(section.id(), declared.value());
                estimated = true;
            } else {
                unknown += section.steps().stream().mapToInt(RecoveryTimes::unknownSteps).sum();
            }
        }
        Map<String, SectionTime> times = new LinkedHashMap<>();
        for (PlanSection section : plan.sections()) {
            finish(plan, section.id(), own, times, new HashSet<>());
        }
        List<String> critical = List.of();
        Duration latest = Duration.ZERO;
        for (SectionTime time : times.values()) {
            if (time.finish().compareTo(latest) > 0) {
                latest = time.finish();
                critical = time.path();
            }
        }
        Map<String, SectionTime> inPlanOrder = new LinkedHashMap<>();
        plan.sections().forEach(s -> inPlanOrder.put(s.id(), times.get(s.id())));
        return new RecoveryTimes(inPlanOrder, critical, unknown, estimated);
    }

    /** A step's time: its own estimate, else the sum of its sub-steps' known times; null when none is known. */
    private static Duration time(Step step) {
        if (step.estimate() != null) {
            return step.estimate().value();
        }
        Duration sum = null;
        for (Step child : step.children()) {
            Duration time = time(child);
            sum = time == null ? sum : sum == null ? time : sum.plus(time);
        }
        return sum;
    }

    /** The steps under this one (itself included) whose time nothing tells. */
    private static int unknownSteps(Step step) {
        if (step.estimate() != null) {
            return 0;
        }
        if (step.children().isEmpty()) {
            return 1;
        }
        return step.children().stream().mapToInt(RecoveryTimes::unknownSteps).sum();
    }

    /**
     * Earliest finishes, memoised, walked with a stack of its own (a requires chain may be thousands of sections
     * long); a cycle (an error reported elsewhere) is cut where it closes.
     */
    private static void finish(Plan plan, String root, Map<String, Duration> own, Map<String, SectionTime> times,
            Set<String> visiting) {
        java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            String id = stack.peek();
            if (times.containsKey(id)) {
                stack.pop();
                continue;
            }
            List<String> requires = plan.find(id).map(PlanSection::requires).orElse(List.of());
            if (visiting.add(id)) {
                for (String required : requires) {
                    if (!visiting.contains(required) && !times.containsKey(required)
                            && plan.find(required).isPresent()) {
                        stack.push(required);
                    }
                }
                continue;
            }
            stack.pop();
            SectionTime before = null;
            for (String required : requires) {
                SectionTime time = times.get(required);
                if (time != null && (before == null || time.finish().compareTo(before.finish()) > 0)) {
                    before = time;
                }
            }
            Duration mine = own.get(id);
            List<String> path = new ArrayList<>(before == null ? List.of() : before.path());
            path.add(id);
            times.put(id, new SectionTime(mine, (before == null ? Duration.ZERO : before.finish())
                    .plus(mine == null ? Duration.ZERO : mine), path));
        }
    }

    /** The plan's RTO: its scope section's {@code rto:}; empty when it has none. */
    public static Optional<PlanSection> planRtoSection(Plan plan) {
        return plan.sections().stream().filter(s -> s.type() == SectionType.SCOPE && s.meta().rto() != null)
                .findFirst();
    }

    /** A duration as people say it: {@code 3h 20m}, {@code 45m}, {@code 1d 2h}. */
    public static String format(Duration duration) {
        long minutes = duration.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(days + "d");
        }
        if (hours > 0) {
            parts.add(hours + "h");
        }
        if (rest > 0 || parts.isEmpty()) {
            parts.add(rest + "m");
        }
        return String.join(" ", parts);
    }
}
