package org.drplan.theme;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drplan.config.PlanSettings;
import org.drplan.content.Role;
import org.drplan.content.SectionIds;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanPart;
import org.drplan.plan.PlanSection;
import org.drplan.plan.Step;
import org.drplan.render.StepHtml;

/** Turns the plan into the records the templates receive. */
final class PageModels {

    private static final DateTimeFormatter BUILD_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** Parts with more sections than this show only a window of them in the sidebar (pages stay O(1) in size). */
    static final int NAV_LIMIT = 60;

    private final Plan plan;
    private final Map<String, SectionSummary> summaries = new HashMap<>();
    private final SiteModel site;

    /** @param pdf whether the bundle has {@code plan.pdf}, which pages then link to */
    PageModels(Plan plan, List<String> warnings, boolean pdf) {
        this.plan = plan;
        plan.sections().forEach(s -> summaries.put(s.id(), summarise(s)));
        PlanSettings settings = plan.settings();
        site = new SiteModel(settings.title(), SectionIds.slug(settings.title()), settings.organisation(),
                settings.version(), BUILD_DATE.format(settings.buildTime().atOffset(ZoneOffset.UTC)),
                settings.lang(), plan.parts().stream().map(this::navGroup).toList(), warnings,
                plan.sections().size(), plan.stepCount(), NAV_LIMIT, pdf ? PrintDocument.PATH : null);
    }

    SiteModel site() {
        return site;
    }

    SectionSummary summary(PlanSection section) {
        return summaries.get(section.id());
    }

    PageModel.NavPosition navPosition(PlanSection section) {
        PlanPart part = plan.parts().stream().filter(p -> p.type() == section.type()).findFirst().orElseThrow();
        int first = plan.position(part.sections().get(0));
        return new PageModel.NavPosition(section.type().key(), plan.position(section) - first);
    }

    SectionPage sectionPage(PlanSection section, String html) {
        int position = plan.position(section);
        List<PlanSection> all = plan.sections();
        boolean isTeamSection = plan.team().sectionId().filter(section.id()::equals).isPresent();
        List<Role> roles = isTeamSection ? plan.team().roles().orElse(List.of()) : List.of();
        String pageHeading = section.parsed().pageHeading();
        return new SectionPage(summary(section), section.type().heading(),
                pageHeading != null ? pageHeading : section.title(), html, section.headings(), section.meta().tags(),
                section.meta().extra(), summaries(section.requires()), summaries(section.referencedBy()), roles,
                position > 0 ? summary(all.get(position - 1)) : null,
                position < all.size() - 1 ? summary(all.get(position + 1)) : null);
    }

    /** @param html each step's HTML on the checklist page, by step id */
    ChecklistPage checklistPage(Map<String, StepHtml> html) {
        List<ChecklistPage.Group> groups = new ArrayList<>();
        int[] inputs = {0};
        for (PlanSection section : plan.sections()) {
            if (!section.steps().isEmpty()) {
                groups.add(new ChecklistPage.Group(summary(section), items(section.steps(), html, inputs),
                        section.allSteps().size()));
            }
        }
        return new ChecklistPage(groups);
    }

    private List<ChecklistPage.Item> items(List<Step> steps, Map<String, StepHtml> html, int[] inputs) {
        List<ChecklistPage.Item> items = new ArrayList<>();
        for (Step step : steps) {
            StepHtml rendered = html.getOrDefault(step.id(), new StepHtml("", ""));
            String inputId = "cb-" + inputs[0]++;
            items.add(new ChecklistPage.Item(step.id(), step.number(), inputId, step.text(), step.kind(),
                    step.depth(), rendered.label(), rendered.details(), items(step.children(), html, inputs)));
        }
        return items;
    }

    private List<SectionSummary> summaries(List<String> ids) {
        return ids.stream().map(summaries::get).toList();
    }

    private NavGroup navGroup(PlanPart part) {
        List<NavGroup.NavFolder> folders = part.folders().stream()
                .map(f -> new NavGroup.NavFolder(f.folder(), f.label(),
                        f.sections().stream().map(this::summary).toList()))
                .toList();
        return new NavGroup(part.type().key(), part.type().heading(), part.number(),
                part.sections().stream().map(this::summary).toList(), folders);
    }

    private static SectionSummary summarise(PlanSection section) {
        var meta = section.meta();
        return new SectionSummary(section.id(), section.number(), section.title(), section.outputPath(),
                meta.type().key(), meta.owner(), meta.rto(), meta.rpo(), meta.reviewed(),
                section.allSteps().size());
    }
}
