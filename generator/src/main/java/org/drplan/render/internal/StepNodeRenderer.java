package org.drplan.render.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.markdown.StepKind;
import org.drplan.plan.Step;
import org.drplan.render.StepHtml;

/**
 * Writes task items as steps the checklist script tracks: the item carries its step id, an enabled checkbox
 * labelled with the step's text (on paper, an empty box for a pen), the step's number, and a badge for
 * notifications, escalations and milestones. For a page that lists steps on their own (the checklist), it captures
 * each step's sentence and blocks instead.
 */
final class StepNodeRenderer implements NodeRenderer {

    private final RenderContext render;

    StepNodeRenderer(RenderContext render) {
        this.render = render;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::item));
    }

    private void item(TaskListItem node, NodeRendererContext context, HtmlWriter html) {
        Step step = render.step(node);
        if (render.capturesSteps()) {
            capture(node, step, context);
            return;
        }
        boolean loose = !ListOptions.get(context.getOptions()).isTightListItem(node);
        render.section().parsed().stepAnchor(step.id())
                .map(local -> render.style().anchorId(render.section().id(), local))
                .ifPresent(id -> html.attr("id", id));
        html.attr("class", "task-list-item step-item").attr("data-step", step.id()).withAttr().tag("li");
        if (loose) {
            html.tag("p");
        }
        if (render.style().tickable()) {
            html.attr("type", "checkbox").attr("class", "task-list-item-checkbox step-box").attr("data-step", step.id())
                    .attr("data-number", step.number()).attr("aria-label", step.text()).withAttr().tagVoid("input");
        } else {
            html.attr("class", "step-box").attr("aria-hidden", "true").withAttr().tag("span").text("\u2610")
                    .tag("/span");
        }
        html.attr("class", "step-number").withAttr().tag("span").text(step.number()).tag("/span").raw(" ");
        if (step.kind() != StepKind.STEP) {
            html.attr("class", "badge badge-" + step.kind().key()).withAttr().tag("span").text(step.kind().key())
                    .tag("/span").raw(" ");
        }
        Node rest = node.getFirstChild();
        if (rest instanceof Paragraph sentence) {
            context.renderChildren(sentence);
            rest = sentence.getNext();
        }
        if (loose) {
            html.tag("/p").line();
        }
        for (Node child = rest; child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/li").line();
    }

    /** The step's sentence and other blocks, each rendered on its own; its nested steps capture themselves. */
    private void capture(TaskListItem node, Step step, NodeRendererContext context) {
        NodeRendererContext label = context.getSubContext(false);
        NodeRendererContext details = context.getSubContext(false);
        NodeRendererContext nested = context.getSubContext(false);
        Node rest = node.getFirstChild();
        if (rest instanceof Paragraph sentence) {
            label.renderChildren(sentence);
            rest = sentence.getNext();
        }
        for (Node child = rest; child != null; child = child.getNext()) {
            (holdsSteps(child) ? nested : details).render(child);
        }
        render.capture(step, new StepHtml(text(label), text(details)));
    }

    private static boolean holdsSteps(Node block) {
        if (!(block instanceof ListBlock)) {
            return false;
        }
        for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof TaskListItem) {
                return true;
            }
        }
        return false;
    }

    private static String text(NodeRendererContext context) {
        return context.getHtmlWriter().toString(0, 0).trim();
    }
}
