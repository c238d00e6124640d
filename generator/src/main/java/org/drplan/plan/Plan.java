package org.drplan.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drplan.audience.SensitiveValue;
import org.drplan.config.PlanSettings;
import org.drplan.content.SectionIds;
import org.drplan.content.SourceFile;

/**
 * The whole continuity plan as one typed value, the one place each fact of it lives: every output (pages, the
 * checklist page, search, the print document) and every plan check reads it.
 */
public final class Plan {

    private final PlanSettings settings;
    private final List<PlanSection> sections;
    private final List<PlanPart> parts;
    private final Team team;
    private final List<SourceFile> assets;
    private final Set<SensitiveValue> restricted;
    private final Map<String, Integer> positions = new HashMap<>();
    private Map<String, List<DecisionPoint>> decisionPoints;

    /**
     * @param sections every section in plan order: by part, then {@code order}, then title
     * @param parts    the same sections by part
     * @param assets   the content folder's other files, published as they are
     * @param restricted what this edition of the plan left out for its audience, which its bundle must not carry
     */
    public Plan(PlanSettings settings, List<PlanSection> sections, List<PlanPart> parts, Team team,
                List<SourceFile> assets, Set<SensitiveValue> restricted) {
        this.restricted = restricted;
        this.settings = settings;
        this.sections = List.copyOf(sections);
        this.parts = List.copyOf(parts);
        this.team = team;
        this.assets = List.copyOf(assets);
        for (PlanSection section : this.sections) {
            positions.put(section.id(), positions.size());
        }
    }

    public PlanSettings settings() {
        return settings;
    }

    /** The title as a slug: with the version, it keys the checklist's saved state and names the plan in its data. */
    public String id() {
        return SectionIds.slug(settings.title());
    }

    public List<PlanSection> sections() {
        return sections;
    }

    public List<PlanPart> parts() {
        return parts;
    }

    public Team team() {
        return team;
    }

    public List<SourceFile> assets() {
        return assets;
    }

    /** The phone numbers, addresses and tokens of what a shareable edition left out; empty for the full plan. */
    public Set<SensitiveValue> restricted() {
        return restricted;
    }

    /** Every section's decision points, by section id in plan order; worked out once, when first asked for. */
    public synchronized Map<String, List<DecisionPoint>> decisionPoints() {
        if (decisionPoints == null) {
            Map<String, List<DecisionPoint>> all = new java.util.LinkedHashMap<>();
            for (PlanSection section : sections) {
                if (!section.parsed().decisions().isEmpty()) {
                    all.put(section.id(), DecisionPoint.of(this, section));
                }
            }
            decisionPoints = java.util.Collections.unmodifiableMap(all);
        }
        return decisionPoints;
    }

    public Optional<PlanSection> find(String id) {
        Integer position = positions.get(id);
        return position == null ? Optional.empty() : Optional.of(sections.get(position));
    }

    /** @throws IllegalArgumentException naming the id when the plan has no such section */
    public PlanSection require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no section '" + id + "' in the plan"));
    }

    /** The 0-based place of a section in plan order. */
    public int position(PlanSection section) {
        return positions.get(section.id());
    }

    public int stepCount() {
        return sections.stream().mapToInt(s -> s.allSteps().size()).sum();
    }
}
