package org.drplan.theme;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drplan.changes.ChangeSheet;
import org.drplan.checks.PlanHealth;
import org.drplan.checks.ValidationQuestion;
import org.drplan.config.Audience;
import org.drplan.config.PlanSettings;
import org.drplan.content.Bridge;
import org.drplan.content.BundlePage;
import org.drplan.content.Role;
import org.drplan.content.SectionType;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanJson;
import org.drplan.plan.PlanPart;
import org.drplan.plan.PlanSection;
import org.drplan.plan.Step;
import org.drplan.render.StepHtml;

/** Turns the plan into the records the templates receive. */
final class PageModels {

    private static final DateTimeFormatter BUILD_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** Parts with more sections than this show only a window of them in the sidebar (pages stay O(1) in size). */
    static final int NAV_LIMIT = 60;

    /** The wallet card's bundle path: the team's contacts, bridge and escalation on one printable card. */
    static final String WALLET_CARD = BundlePage.WALLET_CARD.path();

    private final Plan plan;
    private final PlanHealth health;
    private final String teamPage;
    private final Map<String, SectionSummary> summaries = new HashMap<>();
    private final SiteModel site;

    /** @param pdf whether the bundle has {@code plan.pdf}, which pages then link to */
    PageModels(Plan plan, PlanHealth health, List<String> warnings, boolean pdf, ChangeSheet changes) {
        this.plan = plan;
        this.health = health;
        this.teamPage = plan.team().sectionId().map(id -> plan.require(id).outputPath()).orElse(null);
        plan.sections().forEach(s -> summaries.put(s.id(), summarise(s)));
        PlanSettings settings = plan.settings();
        List<SectionSummary> byRto = plan.sections().stream().filter(s -> s.meta().rto() != null)
                .sorted(Comparator.comparing((PlanSection s) -> s.meta().rto()).thenComparingInt(plan::position))
                .map(this::summary).toList();
        site = new SiteModel(settings.title(), plan.id(), settings.organisation(),
                settings.version(), BUILD_DATE.format(settings.buildTime().atOffset(ZoneOffset.UTC)), settings.buildId(),
                settings.lang(), plan.parts().stream().map(this::navGroup).toList(), warnings,
                plan.sections().size(), plan.stepCount(), NAV_LIMIT, pdf ? PrintDocument.PATH : null,
                health.findings(), byRto, teamPage, plan.team().file().isPresent() ? WALLET_CARD : null,
                RecoveryModel.of(plan, health.times(), this::summary), changes,
                settings.audience() == Audience.SHAREABLE ? Audience.SHAREABLE_LABEL : null);
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
        String pageHeading = section.parsed().pageHeading();
        return new SectionPage(summary(section), section.type().heading(),
                pageHeading != null ? pageHeading : section.title(), html, section.headings(), section.meta().tags(),
                section.meta().extra(), summaries(section.requires()), summaries(section.referencedBy()),
                isTeamSection ? teamView() : null, validationAnswers(section),
                position > 0 ? summary(all.get(position - 1)) : null,
                position < all.size() - 1 ? summary(all.get(position + 1)) : null);
    }

    /** The team as its page and the wallet card show it; empty lists when the plan has no team.yml. */
    TeamView teamView() {
        List<TeamView.Card> cards = plan.team().roles().orElse(List.of()).stream()
                .map(r -> new TeamView.Card(r, r.alternate() == null ? null : roleRef(r.alternate()))).toList();
        Bridge bridge = plan.team().bridge().orElse(null);
        List<TeamView.Level> levels = plan.team().escalation().stream()
                .map(l -> new TeamView.Level(l.level(), l.after(), l.roles().stream().map(this::roleRef).toList(),
                        l.when(), l.how()))
                .toList();
        return new TeamView(cards, bridge, bridge == null ? List.of() : bridge.dialIn(), levels, teamPage,
                plan.team().href("bridge.video_url").orElse(null));
    }

    /** A role as pages name it, linked to its card when the plan has both the role and a team page. */
    RoleRef roleRef(String id) {
        return plan.team().role(id).map(this::roleRef).orElseGet(() -> new RoleRef(id, null, null, null, null, null));
    }

    private RoleRef roleRef(Role r) {
        return new RoleRef(r.id(), r.title(), r.name(), r.phone(), r.phoneUrl(),
                teamPage == null ? null : teamPage + "#" + r.anchor());
    }

    /** The section's owner: the role the plan resolved, else (no team file) the name as written. */
    private RoleRef owner(PlanSection section) {
        String written = section.meta().owner();
        return section.owner().map(this::roleRef)
                .orElseGet(() -> written == null ? null : new RoleRef(written, null, null, null, null, null));
    }

    /** The rows of a validation section's table: the seven questions in order, then any other key as written. */
    private static List<ValidationAnswer> validationAnswers(PlanSection section) {
        Map<String, Object> answers = section.meta().validation();
        if (section.type() != SectionType.VALIDATION || answers == null) {
            return List.of();
        }
        List<ValidationAnswer> rows = new ArrayList<>();
        for (ValidationQuestion question : ValidationQuestion.values()) {
            Object answer = answers.get(question.key());
            rows.add(new ValidationAnswer(question.key(), question.label(),
                    ValidationQuestion.isAnswer(answer) ? answer : null));
        }
        answers.forEach((key, answer) -> {
            if (!ValidationQuestion.keys().contains(key)) {
                rows.add(new ValidationAnswer(key, key, answer));
            }
        });
        return rows;
    }

    /** @param html each step's HTML on the checklist page, by step id */
    ReportPage reportPage() {
        return new ReportPage(PlanJson.of(plan, health.times()), health.times().estimated());
    }

    ChecklistPage checklistPage(Map<String, StepHtml> html) {
        List<ChecklistPage.Group> groups = new ArrayList<>();
        int[] inputs = {0};
        for (PlanSection section : plan.sections()) {
            if (!section.steps().isEmpty() || !section.parsed().decisions().isEmpty()) {
                List<ChecklistPage.Decision> decisions = plan.decisionPoints().getOrDefault(section.id(), List.of()).stream()
                        .map(d -> new ChecklistPage.Decision(d.id(), d.afterStep() == null ? "" : d.afterStep(),
                                html.getOrDefault(d.id(), new StepHtml("", "")).label()))
                        .toList();
                groups.add(new ChecklistPage.Group(summary(section), items(section.steps(), html, inputs),
                        section.allSteps().size(), decisions));
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

    private SectionSummary summarise(PlanSection section) {
        var meta = section.meta();
        return new SectionSummary(section.id(), section.number(), section.label(), section.outputPath(),
                meta.type().key(), owner(section), meta.rto(), meta.rpo(),
                meta.reviewed(), health.review(section.id()), section.allSteps().size(), meta.restricted());
    }
}
