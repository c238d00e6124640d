package org.drplan.render;

import java.util.List;
import java.util.Map;

import org.drplan.plan.DecisionPoint;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.jsoup.nodes.Entities;

/**
 * What a section page must know of decision points asked on other pages: for each one that can leave steps of the
 * section off the path ({@link DecisionPoint#bearingOn}), a hidden element with its answers and where each leads, in
 * the markup of a decision block, so that the checklist script greys out a branch not taken on the branch's own page.
 */
public final class DecisionStubs {

    private DecisionStubs() {
    }

    /** The hidden elements, or an empty text when no decision elsewhere bears on the section. */
    public static String of(Plan plan, PlanSection section) {
        Map<String, List<DecisionPoint>> bearing = DecisionPoint.bearingOn(plan, section);
        StringBuilder html = new StringBuilder();
        bearing.forEach((sectionId, points) -> {
            for (DecisionPoint point : points) {
                html.append("<div class=\"decision decision-elsewhere\" hidden data-decision=\"")
                        .append(Entities.escape(point.id())).append("\" data-decision-section=\"")
                        .append(Entities.escape(sectionId)).append("\">");
                for (DecisionPoint.Branch branch : point.branches()) {
                    html.append("<span class=\"decision-answer\" data-answer=\"")
                            .append(Entities.escape(branch.answer().key())).append("\" data-branch=\"")
                            .append(Entities.escape(String.join(" ", branch.steps()))).append('"');
                    branch.target().filter(t -> t.anchor() == null || t.anchor().isEmpty())
                            .ifPresent(t -> html.append(" data-branch-section=\"").append(Entities.escape(
                                    t.sectionId())).append('"'));
                    html.append("></span>");
                }
                html.append("</div>\n");
            }
        });
        return html.toString();
    }
}
