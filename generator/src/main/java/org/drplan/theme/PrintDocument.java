package org.drplan.theme;

import java.util.ArrayList;
import java.util.List;

import org.drplan.changes.ChangeSheet;
import org.drplan.checks.PlanHealth;
import org.drplan.config.Paper;
import org.drplan.markdown.Heading;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanPart;
import org.drplan.plan.PlanSection;
import org.drplan.plan.Step;
import org.drplan.render.PrintLinks;
import org.drplan.render.SectionHtmlRenderer;

/**
 * Stage 6, print half: the whole plan as one HTML document through {@code print.ftlh}, each section's tree rendered
 * again with the print document's own links, for the PDF stage to lay out on pages.
 */
public final class PrintDocument {

    /** Where the PDF lands in the bundle; the print document's relative URLs are resolved from here. */
    public static final String PATH = "plan.pdf";

    private final ThemeTemplates templates;
    private final SectionHtmlRenderer renderer;

    public PrintDocument(ThemeTemplates templates, SectionHtmlRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    public String render(Plan plan, PlanHealth health, List<String> warnings) {
        return render(plan, health, warnings, null);
    }

    /** The print document, with "Changes since …" at its front when {@code changes} is given. */
    public String render(Plan plan, PlanHealth health, List<String> warnings, ChangeSheet changes) {
        PageModels models = new PageModels(plan, health, warnings, true, changes);
        PrintLinks links = new PrintLinks(plan);
        List<PrintPage.Part> parts = new ArrayList<>();
        for (PlanPart part : plan.parts()) {
            List<PrintPage.Section> sections = new ArrayList<>();
            for (PlanSection section : part.sections()) {
                sections.add(section(plan, models, links, section));
            }
            parts.add(new PrintPage.Part(part.number(), part.type().heading(), part.type().key(),
                    "part-" + part.number(), sections));
        }
        List<PrintPage.ChecklistTable> checklist = new ArrayList<>();
        for (PlanSection section : plan.sections()) {
            if (!section.steps().isEmpty()) {
                List<PrintPage.Row> rows = new ArrayList<>();
                addRows(section.steps(), 0, rows);
                checklist.add(new PrintPage.ChecklistTable(models.summary(section),
                        links.sectionId(section.id()), rows));
            }
        }
        List<PrintPage.Contact> contacts = plan.team().roles().orElse(List.of()).stream()
                .map(role -> new PrintPage.Contact(role, plan.team().sectionId()
                        .map(team -> links.anchorId(team, role.anchor())).orElse("contact-" + role.id())))
                .toList();
        PrintPage page = new PrintPage(plan.settings().paper() == Paper.LETTER ? "Letter" : "A4",
                plan.settings().binding().key(), parts, contacts,
                models.teamView(), checklist);
        return templates.render("print.ftlh", new PageModel<>(models.site(), "", PATH, "print", null, page));
    }

    private PrintPage.Section section(Plan plan, PageModels models, PrintLinks links, PlanSection section) {
        List<Heading> headings = section.headings().stream()
                .map(h -> new Heading(h.level(), h.text(), links.anchorId(section.id(), h.id()))).toList();
        List<PrintPage.Reference> requires = section.requires().stream()
                .map(id -> new PrintPage.Reference(models.summary(plan.require(id)), links.sectionId(id))).toList();
        String pageHeading = section.parsed().pageHeading();
        boolean team = plan.team().sectionId().filter(section.id()::equals).isPresent();
        return new PrintPage.Section(models.summary(section), links.sectionId(section.id()),
                pageHeading != null ? pageHeading : section.title(), renderer.body(plan, section, links), headings,
                section.meta().tags(), requires, team);
    }

    private static void addRows(List<Step> steps, int depth, List<PrintPage.Row> rows) {
        for (Step step : steps) {
            rows.add(new PrintPage.Row(step.number(), step.text(), step.kind(), depth));
            addRows(step.children(), depth + 1, rows);
        }
    }
}
