package org.drplan.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.drplan.changes.ChangeSheet;
import org.drplan.checks.PlanHealth;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Problem;
import org.drplan.plan.Plan;
import org.drplan.render.SectionHtmlRenderer;

/**
 * Stage 6: the plan's pages and its print document, made by the theme's templates. The templates are loaded
 * once per build, on first use (the user's overrides checked then for stylesheets that fetch from the network); a
 * template mistake is reported where it is written.
 */
public final class ThemeStage {

    private final Path templateDirectory;
    private final Diagnostics diagnostics;
    private final SectionHtmlRenderer renderer = new SectionHtmlRenderer();
    private ThemeTemplates templates;

    public ThemeStage(Path templateDirectory, Diagnostics diagnostics) {
        this.templateDirectory = templateDirectory;
        this.diagnostics = diagnostics;
    }

    /** Every page of the bundle by its path; empty after a template mistake. */
    public Map<String, String> pages(Plan plan, PlanHealth health, List<String> warnings, boolean pdf) {
        return pages(plan, health, warnings, pdf, null);
    }

    /** The pages, with {@code changes.html} when {@code changes} is given. */
    public Map<String, String> pages(Plan plan, PlanHealth health, List<String> warnings, boolean pdf,
                                     ChangeSheet changes) {
        return with(Map.of(), loaded -> new SitePages(loaded, renderer).render(plan, health, warnings, pdf, changes));
    }

    /**
     * The pages of the plan made one at a time, each the same as {@link #pages} makes it (the preview server's);
     * a page is empty when the plan has none at that path or after a template mistake (reported).
     */
    public SitePages.PagesOfPlan pagesOf(Plan plan, PlanHealth health, List<String> warnings, boolean pdf,
                                         ChangeSheet changes) {
        SitePages.PagesOfPlan pages = with(null, loaded -> new SitePages(loaded, renderer)
                .pagesOf(plan, health, warnings, pdf, changes));
        return path -> pages == null ? Optional.empty() : with(Optional.empty(), loaded -> pages.page(path));
    }

    /** The document {@code plan.pdf} is laid out from; empty after a template mistake. */
    public Optional<String> printDocument(Plan plan, PlanHealth health, List<String> warnings) {
        return printDocument(plan, health, warnings, null);
    }

    /** The print document, with what changed since an earlier version at its front when {@code changes} is given. */
    public Optional<String> printDocument(Plan plan, PlanHealth health, List<String> warnings, ChangeSheet changes) {
        return with(Optional.empty(), loaded -> Optional.of(new PrintDocument(loaded, renderer)
                .render(plan, health, warnings, changes)));
    }

    private <T> T with(T failed, Function<ThemeTemplates, T> use) {
        try {
            if (templates == null) {
                templates = new ThemeTemplates(templateDirectory);
                ThemeCssCheck.check(templateDirectory, diagnostics);
            }
            return use.apply(templates);
        } catch (ThemeException e) {
            diagnostics.report(Problem.error(templatePath(e.templateName()), e.line(), e.column(),
                    "template: " + e.getMessage()));
        } catch (IOException e) {
            diagnostics.report(Problem.error(templateDirectory, 0, 0, "cannot read templates: " + e));
        }
        return failed;
    }

    /** The user's file when the failing template is an override, else the built-in theme's name for it. */
    private Path templatePath(String name) {
        Path user = templateDirectory == null ? null : templateDirectory.resolve(name);
        return user != null && Files.exists(user) ? user : Path.of("(built-in theme)", name);
    }
}
