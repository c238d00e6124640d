package org.drplan.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.drplan.changes.PlanSnapshot.SectionFacts;
import org.drplan.changes.PlanSnapshot.StepFacts;

/**
 * What changed between an earlier version of the plan and this one, section by section, so that a binder holder
 * knows which pages to replace and a reviewer what to check. Steps are matched by id (the slug of their text, or
 * their {@code {#id}}); a step removed and one added at the same number of the same section are one step reworded.
 *
 * @param previousVersion the earlier version, as its bundle names it
 * @param previousBuild   its build id
 * @param sections        the sections with a change, in this version's order, then the removed ones
 */
public record ChangeSheet(String previousVersion, String previousBuild, List<SectionChange> sections) {

    /** How a section or a step changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param path   its page in this version (a removed section's page in the earlier one)
     * @param facts  what changed in its own facts ("RTO 1h → 45m", "number 5.3 → 5.4"), in order
     * @param steps  its steps added, removed, reworded or moved here from another section
     */
    public record SectionChange(String id, String number, String title, String path, Kind kind, List<String> facts,
            List<StepChange> steps) {
    }

    /**
     * @param id         the step's id in this version, or null when it was removed
     * @param previousId its id in the earlier version, or null when it was added
     * @param html       the step as printed, with a reworded step's words marked ({@code <del>}, {@code <ins>});
     *                   escaped
     */
    public record StepChange(Kind kind, String id, String previousId, String number, String html) {
    }

    public ChangeSheet {
        sections = List.copyOf(sections);
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /** "1 section changed, 2 added, 0 removed; 3 steps added, 0 removed, 1 reworded or changed". */
    public String summary() {
        return changed() + (changed() == 1 ? " section" : " sections") + " changed, " + added() + " added, "
                + removed() + " removed; " + stepsAdded() + (stepsAdded() == 1 ? " step" : " steps") + " added, "
                + stepsRemoved() + " removed, " + stepsReworded() + " reworded or changed";
    }

    public long added() {
        return count(Kind.ADDED);
    }

    public long removed() {
        return count(Kind.REMOVED);
    }

    public long changed() {
        return count(Kind.CHANGED);
    }

    public long stepsAdded() {
        return stepCount(Kind.ADDED);
    }

    public long stepsRemoved() {
        return stepCount(Kind.REMOVED);
    }

    public long stepsReworded() {
        return stepCount(Kind.CHANGED);
    }

    /** The change of the step with this id in this version, or null when it is as it was. */
    public StepChange step(String id) {
        return sections.stream().flatMap(s -> s.steps().stream()).filter(s -> id.equals(s.id())).findFirst()
                .orElse(null);
    }

    /**
     * For the checklist: each earlier step that changed, by its earlier id, as JSON {@code {"version": …, "steps":
     * {id: {"kind": …, "number": …, "now": id or null}}}}, so that an open run of the earlier version can be told
     * which of its ticked steps read otherwise now.
     */
    public String previousStepsJson() {
        StringBuilder json = new StringBuilder("{\"version\":").append(quote(previousVersion)).append(",\"steps\":{");
        String separator = "";
        for (StepChange step : (Iterable<StepChange>) sections.stream().flatMap(s -> s.steps().stream())::iterator) {
            if (step.previousId() != null) {
                json.append(separator).append(quote(step.previousId())).append(":{\"kind\":")
                        .append(quote(step.kind().key())).append(",\"number\":").append(quote(step.number()))
                        .append(",\"now\":").append(quote(step.id())).append('}');
                separator = ",";
            }
        }
        return json.append("}}").toString();
    }

    private static String quote(String text) {
        return text == null ? "null" : org.drplan.json.JsonText.quote(text);
    }

    public long count(Kind kind) {
        return sections.stream().filter(s -> s.kind() == kind).count();
    }

    public long stepCount(Kind kind) {
        return sections.stream().flatMap(s -> s.steps().stream()).filter(s -> s.kind() == kind).count();
    }

    public static ChangeSheet between(PlanSnapshot before, PlanSnapshot now) {
        Map<String, SectionFacts> old = new LinkedHashMap<>();
        before.sections().forEach(s -> old.put(s.id(), s));
        Map<String, StepFacts> oldSteps = new HashMap<>();
        before.steps().forEach(s -> oldSteps.put(s.id(), s));
        Map<String, StepFacts> newSteps = new HashMap<>();
        now.steps().forEach(s -> newSteps.put(s.id(), s));

        List<SectionChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SectionFacts section : now.sections()) {
            seen.add(section.id());
            SectionFacts was = old.get(section.id());
            List<StepChange> steps = stepChanges(section.id(), before, now, oldSteps, newSteps);
            if (was == null) {
                changes.add(new SectionChange(section.id(), section.number(), section.title(), section.path(), Kind.ADDED, List.of(),
                        steps));
                continue;
            }
            List<String> facts = new ArrayList<>();
            fact(facts, "number", was.number(), section.number());
            fact(facts, "title", was.title(), section.title());
            fact(facts, "owner", was.owner(), section.owner());
            fact(facts, "RTO", was.rto(), section.rto());
            fact(facts, "RPO", was.rpo(), section.rpo());
            fact(facts, "estimate", was.estimate(), section.estimate());
            facts.addAll(decisionChanges(section.id(), before, now));
            if (!facts.isEmpty() || !steps.isEmpty()) {
                changes.add(new SectionChange(section.id(), section.number(), section.title(), section.path(), Kind.CHANGED, facts,
                        steps));
            }
        }
        for (SectionFacts section : before.sections()) {
            if (!seen.contains(section.id())) {
                List<StepChange> steps = before.steps().stream().filter(s -> s.section().equals(section.id()))
                        .map(s -> new StepChange(Kind.REMOVED, null, s.id(), s.number(), Words.escape(s.text())))
                        .toList();
                changes.add(new SectionChange(section.id(), section.number(), section.title(), section.path(),
                        Kind.REMOVED, List.of(), steps));
            }
        }
        return new ChangeSheet(before.version(), before.build(), changes);
    }

    /**
     * The section's decision points added, removed, or answered otherwise ("decision added: “Is Site A reachable?”
     * Yes → 5.3 Promote…; No → 5.4 Restore…"); nothing when the earlier plan.json has no decisions.
     */
    private static List<String> decisionChanges(String sectionId, PlanSnapshot before, PlanSnapshot now) {
        if (before.decisions().isEmpty() || now.decisions().isEmpty()) {
            return List.of();
        }
        Map<String, PlanSnapshot.DecisionFacts> old = new LinkedHashMap<>();
        before.decisions().get().stream().filter(d -> sectionId.equals(d.section())).forEach(d -> old.put(d.id(), d));
        List<String> facts = new ArrayList<>();
        for (PlanSnapshot.DecisionFacts decision : now.decisions().get()) {
            if (!sectionId.equals(decision.section())) {
                continue;
            }
            PlanSnapshot.DecisionFacts was = old.remove(decision.id());
            if (was == null) {
                facts.add("decision added: " + asked(decision));
            } else if (!was.answers().equals(decision.answers())) {
                facts.add("decision \u201c" + decision.question() + "\u201d: was " + String.join("; ", was.answers())
                        + "; now " + String.join("; ", decision.answers()));
            }
        }
        old.values().forEach(d -> facts.add("decision removed: " + asked(d)));
        return facts;
    }

    private static String asked(PlanSnapshot.DecisionFacts decision) {
        return "\u201c" + decision.question() + "\u201d " + String.join("; ", decision.answers());
    }

    private static void fact(List<String> facts, String name, String was, String now) {
        if (!Objects.equals(was, now)) {
            facts.add(name + " " + (was == null ? "none" : was) + " \u2192 " + (now == null ? "none" : now));
        }
    }

    private static List<StepChange> stepChanges(String sectionId, PlanSnapshot before, PlanSnapshot now,
            Map<String, StepFacts> oldSteps, Map<String, StepFacts> newSteps) {
        List<StepFacts> removed = before.steps().stream().filter(s -> s.section().equals(sectionId)
                && !newSteps.containsKey(s.id())).toList();
        Map<String, StepFacts> removedByNumber = new LinkedHashMap<>();
        removed.forEach(s -> removedByNumber.put(s.number(), s));
        List<StepChange> changes = new ArrayList<>();
        for (StepFacts step : now.steps()) {
            if (!step.section().equals(sectionId)) {
                continue;
            }
            StepFacts was = oldSteps.get(step.id());
            if (was == null) {
                StepFacts reworded = removedByNumber.remove(step.number());
                changes.add(reworded == null
                        ? new StepChange(Kind.ADDED, step.id(), null, step.number(), Words.escape(step.text()))
                        : new StepChange(Kind.CHANGED, step.id(), reworded.id(), step.number(),
                                Words.diff(reworded.text(), step.text())));
            } else if (!was.section().equals(sectionId)) {
                changes.add(new StepChange(Kind.MOVED, step.id(), was.id(), step.number(),
                        Words.escape(step.text()) + " (was " + Words.escape(was.number()) + ")"));
            } else if (!Objects.equals(was.text(), step.text())) {
                changes.add(new StepChange(Kind.CHANGED, step.id(), was.id(), step.number(),
                        Words.diff(was.text(), step.text())));
            }
        }
        removedByNumber.values().forEach(s -> changes.add(new StepChange(Kind.REMOVED, null, s.id(), s.number(),
                Words.escape(s.text()))));
        return changes;
    }
}
