package org.drplan.render.internal;

import java.util.Optional;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.markdown.ParsedDecision;
import org.drplan.plan.DecisionPoint;

/** Writes a decision point's block, for the screen (a button per answer) or for paper (a box per answer). */
final class DecisionBlockWriter {

    private final RenderContext render;

    DecisionBlockWriter(RenderContext render) {
        this.render = render;
    }

    /**
     * A decision point: its question, what the author wrote about it, and its answers, each with where it leads. On
     * screen each answer is a button the checklist script records (the answer's steps listed in
     * {@code data-branch}, the section it leads to, when it leads to a whole one, in {@code data-branch-section}, so
     * that a decision inside a branch not taken is not taken either); on paper each has a box to tick with a pen.
     */
    void write(DecisionPoint decision, NodeRendererContext context, HtmlWriter html) {
        String local = decision.id().substring(decision.id().indexOf('/') + 1);
        html.attr("id", render.style().anchorId(render.section().id(), local)).attr("class", "decision")
                .attr("data-decision", decision.id()).attr("data-decision-section", render.section().id())
                .attr("role", "group")
                .attr("aria-label", "Decision: " + decision.decision().question())
                .withAttr().tagLine("div", () -> {
                    html.attr("class", "decision-question").withAttr().tag("p")
                            .attr("class", "decision-mark").withAttr().tag("span").text("Decision").tag("/span")
                            .text(" " + decision.decision().question()).tag("/p").line();
                    Node answers = decision.branches().get(0).answer().item().getParent();
                    for (Node child = decision.decision().node().getFirstChild(); child != null;
                            child = child.getNext()) {
                        if (child != answers) {
                            context.render(child);
                        }
                    }
                    html.attr("class", "decision-answers").withAttr().tagLine("ul", () -> {
                        for (DecisionPoint.Branch branch : decision.branches()) {
                            answer(decision, branch, context, html);
                        }
                    });
                    if (render.style().tickable()) {
                        html.attr("class", "decision-made").attr("data-decision-made", decision.id())
                                .attr("hidden", "hidden").withAttr().tag("p").tag("/p").line();
                    }
                });
    }

    private void answer(DecisionPoint decision, DecisionPoint.Branch branch, NodeRendererContext context,
                        HtmlWriter html) {
        String key = branch.answer().key();
        html.attr("class", "decision-answer").attr("data-answer", key)
                .attr("data-branch", String.join(" ", branch.steps()));
        branch.target().filter(t -> t.anchor() == null || t.anchor().isEmpty()).ifPresent(t -> html.attr("data-branch-section", t.sectionId()));
        html.withAttr().tag("li");
        if (render.style().tickable()) {
            html.attr("type", "button").attr("class", "decision-choice").attr("data-action", "decide")
                    .attr("data-decision", decision.id()).attr("data-answer", key).attr("aria-pressed", "false")
                    .withAttr().tag("button").text(branch.answer().label()).tag("/button");
        } else {
            html.attr("class", "decision-box").attr("aria-hidden", "true").withAttr().tag("span").text("\u2610")
                    .tag("/span").text(" " + branch.answer().label());
        }
        html.attr("class", "decision-arrow").attr("aria-hidden", "true").withAttr().tag("span").text(" \u2192 ")
                .tag("/span");
        Node sentence = branch.answer().item().getFirstChild();
        boolean pastArrow = false;
        for (Node child = sentence == null ? null : sentence.getFirstChild(); child != null; child = child.getNext()) {
            if (pastArrow) {
                context.render(child);
                continue;
            }
            String text = child.getChars().toString();
            Optional<ParsedDecision.Arrow> arrow = ParsedDecision.firstArrow(text);
            if (arrow.isPresent()) {
                pastArrow = true;
                String rest = text.substring(arrow.get().end()).strip();
                if (!rest.isEmpty()) {
                    html.text(rest + " ");
                }
            }
        }
        html.tag("/li").line();
    }
}
