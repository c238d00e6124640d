package org.drplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.util.ast.Node;
import org.drplan.links.LinkTarget;
import org.drplan.markdown.ParsedDecision;

/**
 * A decision point of a section with where each answer leads: the steps of the branch it opens (a section's steps,
 * or a step and the steps nested in it), so that a run can grey out the branch not taken and count progress on the
 * chosen path only.
 *
 * @param decision  the decision as written
 * @param afterStep the id of the section's last top-level step before the decision, or null when none is
 * @param branches  one per answer, in the order written
 */
public record DecisionPoint(ParsedDecision decision, String afterStep, List<Branch> branches) {

    /**
     * @param answer the answer as written
     * @param target where it leads, when its link leads into the plan
     * @param steps  the ids of the steps of the branch it opens, in plan order
     */
    public record Branch(ParsedDecision.Answer answer, Optional<LinkTarget> target, List<String> steps) {
    }

    public DecisionPoint {
        branches = List.copyOf(branches);
    }

    public String id() {
        return decision.id();
    }

    /** The steps of every branch but the one chosen: greyed out, and left out of the progress, once it is chosen. */
    public Set<String> notTaken(String answerKey) {
        Set<String> steps = new LinkedHashSet<>();
        List<String> chosen = new ArrayList<>();
        for (Branch branch : branches) {
            (branch.answer().key().equals(answerKey) ? chosen : steps).addAll(branch.steps());
        }
        steps.removeAll(chosen);
        return steps;
    }

    /**
     * The decision points of other sections that can leave steps of {@code section} off the path: those with a branch
     * into it, and, up the decision tree, those with a branch into a section holding one of them. Each is in
     * the map under its own section's id. A section page carries them (hidden), so that a branch chosen against
     * it greys it out there too.
     */
    public static java.util.Map<String, List<DecisionPoint>> bearingOn(Plan plan, PlanSection section) {
        java.util.Map<String, List<DecisionPoint>> all = plan.decisionPoints();
        java.util.Map<String, List<DecisionPoint>> bearing = new java.util.LinkedHashMap<>();
        if (all.isEmpty()) {
            return bearing;
        }
        Set<String> steps = new java.util.HashSet<>();
        section.allSteps().forEach(step -> steps.add(step.id()));
        Set<String> sections = new java.util.HashSet<>(Set.of(section.id()));
        for (boolean changed = true; changed;) {
            changed = false;
            for (java.util.Map.Entry<String, List<DecisionPoint>> placed : all.entrySet()) {
                if (placed.getKey().equals(section.id())) {
                    continue;
                }
                for (DecisionPoint point : placed.getValue()) {
                    boolean known = bearing.getOrDefault(placed.getKey(), List.of()).contains(point);
                    if (!known && point.branches().stream().anyMatch(b -> b.steps().stream().anyMatch(steps::contains)
                            || b.target().filter(t -> (t.anchor() == null || t.anchor().isEmpty())
                            && sections.contains(t.sectionId())).isPresent())) {
                        List<DecisionPoint> list = new ArrayList<>(bearing.getOrDefault(placed.getKey(), List.of()));
                        list.add(point);
                        bearing.put(placed.getKey(), list);
                        sections.add(placed.getKey());
                        changed = true;
                    }
                }
            }
        }
        return bearing;
    }

    /** The decision points of a section, each with its branches resolved in the plan. */
    public static List<DecisionPoint> of(Plan plan, PlanSection section) {
        List<DecisionPoint> points = new ArrayList<>();
        for (ParsedDecision decision : section.parsed().decisions()) {
            List<Branch> branches = new ArrayList<>();
            for (ParsedDecision.Answer answer : decision.answers()) {
                Optional<LinkTarget> target = linkIn(answer.item(), section);
                branches.add(new Branch(answer, target, target.map(t -> steps(plan, t)).orElse(List.of())));
            }
            points.add(new DecisionPoint(decision, stepBefore(section, decision.node()), branches));
        }
        return points;
    }

    /** The target of the first link in an answer that leads to a section of the plan. */
    private static Optional<LinkTarget> linkIn(Node item, PlanSection section) {
        for (Node node : item.getDescendants()) {
            Optional<LinkTarget> target = section.links().target(node);
            if (target.isPresent() && target.get().kind() == LinkTarget.Kind.SECTION) {
                return target;
            }
        }
        return Optional.empty();
    }

    /** A step (with its nested steps) when the link names one, else every step of the section it leads to. */
    private static List<String> steps(Plan plan, LinkTarget target) {
        Optional<PlanSection> section = plan.find(target.sectionId());
        if (section.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        if (target.anchor() != null) {
            for (Step step : section.get().allSteps()) {
                if (section.get().parsed().stepAnchor(step.id()).filter(target.anchor()::equals).isPresent()) {
                    addWithChildren(step, ids);
                    return ids;
                }
            }
        }
        section.get().allSteps().forEach(step -> ids.add(step.id()));
        return ids;
    }

    private static void addWithChildren(Step step, List<String> ids) {
        ids.add(step.id());
        step.children().forEach(child -> addWithChildren(child, ids));
    }

    private static String stepBefore(PlanSection section, Node decision) {
        String before = null;
        for (Step step : section.steps()) {
            if (step.node().getStartOffset() < decision.getStartOffset()) {
                before = step.id();
            }
        }
        return before;
    }
}
