package org.drplan.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Problem;
import org.drplan.theme.SitePages;

/**
 * A plan modelled and checked, whose pages are made one at a time when asked ({@link SiteBuilder#preview()}): each
 * page the same as the whole build writes it, so the preview server can show the page a writer has open right after
 * a save and leave the rest of the bundle to the build behind it.
 */
public final class PagePreview {

    private final String buildId;
    private final SitePages.PagesOfPlan pages;
    private final List<Problem> problems;
    private final Map<String, Optional<String>> made = new HashMap<>();

    PagePreview(String buildId, SitePages.PagesOfPlan pages, Diagnostics diagnostics) {
        this.buildId = buildId;
        this.pages = pages;
        this.problems = diagnostics.problems();
    }

    private PagePreview(List<Problem> problems) {
        this.buildId = null;
        this.pages = null;
        this.problems = List.copyOf(problems);
    }

    static PagePreview failed(List<Problem> problems) {
        return new PagePreview(problems);
    }

    /** False when the plan has errors: it has no pages then. */
    public boolean succeeded() {
        return pages != null && problems().stream().noneMatch(Problem::isError);
    }

    /** The build id the whole build of these sources gets; null when the plan has errors. */
    public String buildId() {
        return buildId;
    }

    /**
     * What the stages found, sorted; a template's mistake in a page made later is not among them (the page is then
     * empty, and the whole build reports it).
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The page at this bundle path, as the build writes it; empty when the plan has no page there, or has errors.
     * One page at a time: a section's tree is rendered by one thread at a time.
     */
    public synchronized Optional<String> page(String path) {
        return pages == null ? Optional.empty() : made.computeIfAbsent(path, pages::page);
    }
}
