package org.drplan.theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.drplan.changes.ChangeSheet;
import org.drplan.checks.PlanHealth;
import org.drplan.content.BundlePage;
import org.drplan.integrity.BuildInfo;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.render.DecisionStubs;
import org.drplan.render.PageLinks;
import org.drplan.render.SectionHtmlRenderer;
import org.drplan.render.StepHtml;
import org.drplan.url.Urls;

/**
 * Stage 6, theme half: the bundle's HTML pages (overview, one per section, checklist, after-action report, search,
 * the copy check, the wallet card) through the theme's templates, each section's tree rendered with links relative to the page it
 * lands on.
 */
public final class SitePages {

    static final String CHECKLIST = BundlePage.CHECKLIST.path();
    static final String VERIFY = BundlePage.VERIFY.path();

    private final ThemeTemplates templates;
    private final SectionHtmlRenderer renderer;

    public SitePages(ThemeTemplates templates, SectionHtmlRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    /**
     * Bundle path to HTML, in a stable order.
     *
     * @param pdf     whether the bundle gets {@code plan.pdf}, which the pages then link to
     * @param changes what changed since an earlier version ({@code changes.html}), or null
     */
    public Map<String, String> render(Plan plan, PlanHealth health, List<String> warnings, boolean pdf,
                                      ChangeSheet changes) {
        OfPlan of = new OfPlan(plan, health, warnings, pdf, changes);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(BundlePage.INDEX.path(), of.index());
        Map<String, StepHtml> steps = new ConcurrentHashMap<>();
        // Sections render side by side: each section's tree is rendered by one thread at a time.
        List<String> sectionPages = plan.sections().parallelStream().map(section -> {
            steps.putAll(of.checklistSteps(section));
            return of.section(section);
        }).toList();
        for (int i = 0; i < sectionPages.size(); i++) {
            pages.put(plan.sections().get(i).outputPath(), sectionPages.get(i));
        }
        pages.put(CHECKLIST, of.checklist(steps));
        for (String path : of.otherPages()) {
            pages.put(path, of.other(path));
        }
        return pages;
    }

    /**
     * The pages of one plan, made one at a time when asked (the preview server's pages right after a save): each the
     * same as {@link #render} makes it.
     */
    public PagesOfPlan pagesOf(Plan plan, PlanHealth health, List<String> warnings, boolean pdf,
                               ChangeSheet changes) {
        OfPlan of = new OfPlan(plan, health, warnings, pdf, changes);
        return path -> {
            if (path.equals(BundlePage.INDEX.path())) {
                return Optional.of(of.index());
            }
            if (path.equals(CHECKLIST)) {
                Map<String, StepHtml> steps = new ConcurrentHashMap<>();
                plan.sections().parallelStream().forEach(section -> steps.putAll(of.checklistSteps(section)));
                return Optional.of(of.checklist(steps));
            }
            if (of.otherPages().contains(path)) {
                return Optional.of(of.other(path));
            }
            return plan.sections().stream().filter(s -> s.outputPath().equals(path)).findFirst().map(of::section);
        };
    }

    /** A page of the plan by its bundle path; empty when the plan has no page there. */
    @FunctionalInterface
    public interface PagesOfPlan {
        Optional<String> page(String path);
    }

    /** What every page of one plan is made from, and each kind of page. */
    private final class OfPlan {

        private final Plan plan;
        private final ChangeSheet changes;
        private final PageModels models;
        private final SiteModel site;

        OfPlan(Plan plan, PlanHealth health, List<String> warnings, boolean pdf, ChangeSheet changes) {
            this.plan = plan;
            this.changes = changes;
            this.models = new PageModels(plan, health, warnings, pdf, changes);
            this.site = models.site();
        }

        String index() {
            return templates.render("index.ftlh", page(site, BundlePage.INDEX.path(), "index", null, null));
        }

        String section(PlanSection section) {
            String path = section.outputPath();
            String body = renderer.body(plan, section, PageLinks.sectionPage(plan, path))
                    + DecisionStubs.of(plan, section);
            return templates.render("section.ftlh", page(site, path, "section", models.navPosition(section),
                    models.sectionPage(section, body)));
        }

        Map<String, StepHtml> checklistSteps(PlanSection section) {
            return renderer.steps(plan, section, PageLinks.collectionPage(plan, CHECKLIST));
        }

        String checklist(Map<String, StepHtml> steps) {
            return templates.render("checklist.ftlh",
                    page(site, CHECKLIST, "checklist", null, models.checklistPage(steps)));
        }

        /** The pages besides the overview, the sections and the checklist, in the bundle's order. */
        List<String> otherPages() {
            List<String> paths = new ArrayList<>();
            paths.add(BundlePage.REPORT.path());
            if (changes != null) {
                paths.add(BundlePage.CHANGES.path());
            }
            paths.add(BundlePage.SEARCH.path());
            paths.add(VERIFY);
            if (site.walletCard() != null) {
                paths.add(site.walletCard());
            }
            return paths;
        }

        String other(String path) {
            if (path.equals(BundlePage.REPORT.path())) {
                return templates.render("report.ftlh", page(site, path, "report", null, models.reportPage()));
            }
            if (path.equals(BundlePage.CHANGES.path())) {
                return templates.render("changes.ftlh", page(site, path, "changes", null, changes));
            }
            if (path.equals(BundlePage.SEARCH.path())) {
                return templates.render("search.ftlh", page(site, path, "search", null, null));
            }
            if (path.equals(VERIFY)) {
                return templates.render("verify.ftlh",
                        page(site, path, "verify", null, new VerifyPage(BuildInfo.POWERSHELL)));
            }
            return templates.render("wallet-card.ftlh", page(site, path, "wallet", null, models.teamView()));
        }
    }

    private static <T> PageModel<T> page(SiteModel site, String path, String kind, PageModel.NavPosition nav,
                                         T page) {
        return new PageModel<>(site, Urls.rootPrefix(path), path, kind, nav, page);
    }
}
