package org.drplan.theme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.drplan.changes.ChangeSheet;
import org.drplan.checks.PlanHealth;
import org.drplan.content.BundlePage;
import org.drplan.integrity.BuildInfo;
import org.drplan.plan.Plan;
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
        PageModels models = new PageModels(plan, health, warnings, pdf, changes);
        SiteModel site = models.site();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(BundlePage.INDEX.path(), templates.render("index.ftlh",
                page(site, BundlePage.INDEX.path(), "index", null, null)));
        Map<String, StepHtml> steps = new ConcurrentHashMap<>();
        // Sections render side by side: each section's tree is rendered by one thread at a time.
        List<String> sectionPages = plan.sections().parallelStream().map(section -> {
            String path = section.outputPath();
            String body = renderer.body(section, PageLinks.sectionPage(plan, path));
            steps.putAll(renderer.steps(section, PageLinks.collectionPage(plan, CHECKLIST)));
            return templates.render("section.ftlh", page(site, path, "section", models.navPosition(section),
                    models.sectionPage(section, body)));
        }).toList();
        for (int i = 0; i < sectionPages.size(); i++) {
            pages.put(plan.sections().get(i).outputPath(), sectionPages.get(i));
        }
        pages.put(CHECKLIST, templates.render("checklist.ftlh",
                page(site, CHECKLIST, "checklist", null, models.checklistPage(steps))));
        pages.put(BundlePage.REPORT.path(), templates.render("report.ftlh",
                page(site, BundlePage.REPORT.path(), "report", null, models.reportPage())));
        if (changes != null) {
            pages.put(BundlePage.CHANGES.path(), templates.render("changes.ftlh",
                    page(site, BundlePage.CHANGES.path(), "changes", null, changes)));
        }
        pages.put(BundlePage.SEARCH.path(), templates.render("search.ftlh",
                page(site, BundlePage.SEARCH.path(), "search", null, null)));
        pages.put(VERIFY, templates.render("verify.ftlh",
                page(site, VERIFY, "verify", null, new VerifyPage(BuildInfo.POWERSHELL))));
        if (site.walletCard() != null) {
            pages.put(site.walletCard(), templates.render("wallet-card.ftlh",
                    page(site, site.walletCard(), "wallet", null, models.teamView())));
        }
        return pages;
    }

    private static <T> PageModel<T> page(SiteModel site, String path, String kind, PageModel.NavPosition nav,
                                         T page) {
        return new PageModel<>(site, Urls.rootPrefix(path), path, kind, nav, page);
    }
}
