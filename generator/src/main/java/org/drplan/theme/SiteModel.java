package org.drplan.theme;

import java.util.List;
import java.util.Map;

import org.drplan.changes.ChangeSheet;
import org.drplan.content.BundlePage;

/**
 * The template variable {@code site}, the same on every page.
 *
 * @param planId    the title as a slug: with the version, it keys the checklist's saved state
 * @param buildDate when the bundle was built, {@code YYYY-MM-DD HH:mm UTC}
 * @param buildId   which build this is (a short hash of what it is built from), shown in every footer
 * @param nav       the plan's parts with their sections, in plan order
 * @param warnings  the build's warnings, javac-style, for the overview page
 * @param navLimit  parts with more sections than this show only a window of them in the sidebar, so that pages
 *                  stay the same size however large the plan
 * @param pdf       the bundle path of the plan's PDF ({@code plan.pdf}), or null when the bundle has none
 * @param findings  what the plan lacks or has let go stale, one sentence each, for the overview
 * @param byRto     the sections with an RTO, shortest first (then in plan order)
 * @param teamPage  the team page's bundle path, or null when the plan has none
 * @param walletCard the wallet card's bundle path, or null when the plan has no team.yml
 * @param recovery  the critical path and each section's times against its RTO, or null without estimates
 * @param changes   what changed since the earlier version given to the build ({@code changes.html}), or null
 * @param edition   "shareable edition" for a bundle with restricted material left out, shown beside the version;
 *                  null for the full plan
 */
public record SiteModel(
        String title,
        String planId,
        String organisation,
        String version,
        String buildDate,
        String buildId,
        String lang,
        List<NavGroup> nav,
        List<String> warnings,
        int sectionCount,
        int stepCount,
        int navLimit,
        String pdf,
        List<String> findings,
        List<SectionSummary> byRto,
        String teamPage,
        String walletCard,
        RecoveryModel recovery,
        ChangeSheet changes,
        String edition) {

    public SiteModel {
        nav = List.copyOf(nav);
        warnings = List.copyOf(warnings);
        findings = List.copyOf(findings);
        byRto = List.copyOf(byRto);
    }

    /** The bundle's own pages by name ({@code index}, {@code checklist}, {@code search}, {@code verify}) to path. */
    public Map<String, String> pages() {
        return Map.of("index", BundlePage.INDEX.path(), "checklist", BundlePage.CHECKLIST.path(),
                "report", BundlePage.REPORT.path(), "changes", BundlePage.CHANGES.path(),
                "search", BundlePage.SEARCH.path(), "verify", BundlePage.VERIFY.path());
    }

    /** The warnings counted by kind, most frequent first. */
    public List<WarningKind> warningKinds() {
        return WarningKind.of(warnings);
    }
}
