package org.drplan.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.drplan.content.SectionMeta;
import org.drplan.content.SectionType;
import org.drplan.markdown.RenderedSection;

/**
 * Plan order: by part (scope first, reference last), then {@code order} (unordered after ordered), then title.
 */
public final class PlanOutline {

    private static final Comparator<RenderedSection> PLAN_ORDER = Comparator
            .comparing((RenderedSection s) -> s.section().meta().type())
            .thenComparing(s -> s.section().meta().order(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RenderedSection::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(s -> s.section().id());

    private PlanOutline() {
    }

    public static List<RenderedSection> inPlanOrder(List<RenderedSection> sections) {
        return sections.stream().sorted(PLAN_ORDER).toList();
    }

    public static SectionSummary summary(RenderedSection rendered) {
        SectionMeta meta = rendered.section().meta();
        return new SectionSummary(
                rendered.section().id(),
                rendered.title(),
                rendered.section().outputPath(),
                meta.type().key(),
                meta.owner(),
                meta.rto() == null ? null : meta.rto().text(),
                meta.rpo() == null ? null : meta.rpo().text(),
                meta.reviewed() == null ? null : meta.reviewed().toString(),
                rendered.steps().size());
    }

    /** Sections grouped by part, parts in plan order, empty parts left out. */
    public static List<NavGroup> groups(List<RenderedSection> ordered) {
        List<NavGroup> groups = new ArrayList<>();
        for (SectionType type : SectionType.values()) {
            List<SectionSummary> members = ordered.stream()
                    .filter(s -> s.section().meta().type() == type)
                    .map(PlanOutline::summary)
                    .toList();
            if (!members.isEmpty()) {
                groups.add(new NavGroup(type.key(), type.heading(), members));
            }
        }
        return groups;
    }
}
