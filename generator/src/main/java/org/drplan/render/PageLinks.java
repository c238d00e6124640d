package org.drplan.render;

import org.drplan.links.LinkTarget;
import org.drplan.plan.Plan;
import org.drplan.url.Urls;

/** Links of a page of the HTML bundle: relative to the page, so the bundle works from any folder or drive. */
public final class PageLinks implements LinkStyle {

    private final Plan plan;
    private final String pagePath;
    private final boolean writeAnchors;

    private PageLinks(Plan plan, String pagePath, boolean writeAnchors) {
        this.plan = plan;
        this.pagePath = pagePath;
        this.writeAnchors = writeAnchors;
    }

    /** Links on a section's own page, where its headings carry their anchor ids. */
    public static PageLinks sectionPage(Plan plan, String pagePath) {
        return new PageLinks(plan, pagePath, true);
    }

    /**
     * Links on a page that shows parts of many sections (the checklist page): anchors are not written there, since
     * two sections may use the same one, and the sections' own pages hold them.
     */
    public static PageLinks collectionPage(Plan plan, String pagePath) {
        return new PageLinks(plan, pagePath, false);
    }

    @Override
    public String href(LinkTarget target) {
        String fragment = target.anchor().isEmpty() ? "" : "#" + target.anchor();
        if (target.kind() == LinkTarget.Kind.ASSET) {
            return Urls.relative(pagePath, target.path()) + target.query() + fragment;
        }
        String targetPath = plan.require(target.sectionId()).outputPath();
        if (targetPath.equals(pagePath) && !fragment.isEmpty() && target.query().isEmpty()) {
            return fragment;
        }
        return Urls.relative(pagePath, targetPath) + target.query() + fragment;
    }

    @Override
    public String anchorId(String sectionId, String anchor) {
        return writeAnchors ? anchor : null;
    }
}
