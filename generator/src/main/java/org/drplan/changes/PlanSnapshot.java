package org.drplan.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A plan as its {@code plan.json} describes it ({@link org.drplan.plan.PlanJson}): what a change sheet compares. Read
 * with the YAML reader drplan already has (JSON is YAML).
 */
public record PlanSnapshot(String plan, String version, String build, List<SectionFacts> sections,
        List<StepFacts> steps, Optional<List<DecisionFacts>> decisions) {

    /** A section's facts as a binder holder sees them. */
    public record SectionFacts(String id, String number, String title, String path, String owner, String rto,
            String rpo, String estimate) {
    }

    /** A step: its number and text as printed. */
    public record StepFacts(String id, String number, String section, String text) {
    }

    /**
     * A decision point: its question and its answers as printed ("Yes → 5.3 Promote the replica").
     */
    public record DecisionFacts(String id, String section, String question, List<String> answers) {
    }

    /** @param decisions empty for a plan.json written before decision points were in it: nothing to compare */
    public PlanSnapshot {
        sections = List.copyOf(sections);
        steps = List.copyOf(steps);
        decisions = decisions.map(List::copyOf);
    }

    /** The snapshot in {@code json}; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static PlanSnapshot parse(String json) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build()).loadFromString(json);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("not readable as JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("sections") instanceof List<?> sections)
                || !(map.get("steps") instanceof List<?> steps)) {
            throw new IllegalArgumentException("not a drplan plan.json (no sections and steps)");
        }
        List<SectionFacts> sectionFacts = new ArrayList<>();
        for (Object s : sections) {
            Map<?, ?> m = (Map<?, ?>) s;
            sectionFacts.add(new SectionFacts(text(m, "id"), text(m, "number"), text(m, "title"), text(m, "path"), text(m, "owner"),
                    text(m, "rtoText"), text(m, "rpoText"), minutes(m.get("estimate"))));
        }
        List<StepFacts> stepFacts = new ArrayList<>();
        for (Object s : steps) {
            Map<?, ?> m = (Map<?, ?>) s;
            stepFacts.add(new StepFacts(text(m, "id"), text(m, "number"), text(m, "section"), text(m, "text")));
        }
        Optional<List<DecisionFacts>> decisionFacts = Optional.empty();
        if (map.get("decisions") instanceof List<?> decisions) {
            List<DecisionFacts> read = new ArrayList<>();
            for (Object d : decisions) {
                Map<?, ?> m = (Map<?, ?>) d;
                List<String> answers = new ArrayList<>();
                if (m.get("answers") instanceof List<?> list) {
                    for (Object a : list) {
                        Map<?, ?> answer = (Map<?, ?>) a;
                        answers.add(text(answer, "text") + (answer.get("target") == null ? ""
                                : " \u2192 " + text(answer, "target")));
                    }
                }
                read.add(new DecisionFacts(text(m, "id"), text(m, "section"), text(m, "question"), answers));
            }
            decisionFacts = Optional.of(read);
        }
        return new PlanSnapshot(text(map, "plan"), text(map, "version"), text(map, "build"), sectionFacts, stepFacts,
                decisionFacts);
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static String minutes(Object value) {
        return value == null ? null : value + " min";
    }
}
