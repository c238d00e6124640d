package org.drplan.render;

import org.drplan.links.LinkTarget;
import org.drplan.plan.Plan;

/**
 * Links of the print document, which holds the whole plan: a section link goes to the section's place in the same
 * document ({@code #sec-5-3}, {@code #sec-5-3--verify}), and anchors are prefixed with their section's so that two
 * sections' {@code #verify} stay apart. Files are linked from the bundle root, where the document lives.
 */
public final class PrintLinks implements LinkStyle {

    private final Plan plan;

    public PrintLinks(Plan plan) {
        this.plan = plan;
    }

    /** The id of a section's start in the print document. */
    public String sectionId(String sectionId) {
        return "sec-" + plan.require(sectionId).number().replace('.', '-');
    }

    @Override
    public String href(LinkTarget target) {
        if (target.kind() == LinkTarget.Kind.ASSET) {
            return target.path() + target.query() + (target.anchor().isEmpty() ? "" : "#" + target.anchor());
        }
        return "#" + (target.anchor().isEmpty() ? sectionId(target.sectionId())
                : anchorId(target.sectionId(), target.anchor()));
    }

    @Override
    public String anchorId(String sectionId, String anchor) {
        return sectionId(sectionId) + "--" + anchor;
    }

    @Override
    public String reference(LinkTarget target) {
        return target.kind() == LinkTarget.Kind.SECTION ? plan.require(target.sectionId()).number() : null;
    }

    @Override
    public boolean tickable() {
        return false;
    }
}
