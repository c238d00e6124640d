package org.drplan.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A plan as its {@code plan.json} describes it ({@link org.drplan.plan.PlanJson}): what a change sheet compares. Read
 * with the YAML reader drplan already has (JSON is YAML).
 */
public record PlanSnapshot(String plan, String version, String build, List<SectionFacts> sections,
        List<StepFacts> steps) {

    /** A section's facts as a binder holder sees them. */
    public record SectionFacts(String id, String number, String title, String path, String owner, String rto,
            String rpo, String estimate) {
    }

    /** A step: its number and text as printed. */
    public record StepFacts(String id, String number, String section, String text) {
    }

    public PlanSnapshot {
        sections = List.copyOf(sections);
        steps = List.copyOf(steps);
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
        return new PlanSnapshot(text(map, "plan"), text(map, "version"), text(map, "build"), sectionFacts, stepFacts);
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static String minutes(Object value) {
        return value == null ? null : value + " min";
    }
}
