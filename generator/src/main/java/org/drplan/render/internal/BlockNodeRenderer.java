package org.drplan.render.internal;

import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import org.drplan.markdown.Admonition;
import org.drplan.plan.DecisionPoint;

/**
 * Blocks drplan writes its own way: headings with their anchor (as this output names it) and a permalink, tables
 * that scroll sideways on a phone instead of breaking the page, admonitions as a plain styled {@code <aside>}, and
 * decision points as a question with its answers.
 */
final class BlockNodeRenderer implements NodeRenderer {

    private final RenderContext render;
    private final DecisionBlockWriter decisions;

    BlockNodeRenderer(RenderContext render) {
        this.render = render;
        this.decisions = new DecisionBlockWriter(render);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(TableBlock.class, this::table),
                new NodeRenderingHandler<>(Admonition.class, this::admonition));
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        String id = node.getAnchorRefId().isEmpty() ? null
                : render.style().anchorId(render.section().id(), node.getAnchorRefId());
        if (id != null) {
            html.attr("id", id);
        }
        html.withAttr().tagLine("h" + node.getLevel(), () -> {
            context.renderChildren(node);
            if (id != null) {
                html.attr("class", "heading-anchor").attr("href", "#" + id)
                        .attr("aria-label", "Link to this heading").withAttr().tag("a").text("#").tag("/a");
            }
        });
    }

    private void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "table-wrap").withAttr().tagLine("div", context::delegateRender);
    }

    private void admonition(Admonition node, NodeRendererContext context, HtmlWriter html) {
        DecisionPoint decision = render.decision(node);
        if (decision != null) {
            if (render.capturesSteps()) {
                NodeRendererContext own = context.getSubContext(false);
                decisions.write(decision, own, own.getHtmlWriter());
                render.capture(decision, own.getHtmlWriter().toString(0, 0).trim());
            } else {
                decisions.write(decision, context, html);
            }
            return;
        }
        String classes = "admonition admonition-" + node.kind();
        // A folding block folds on screen; on paper everything shows.
        if (node.fold() != Admonition.Fold.NONE && render.style().tickable()) {
            html.attr("class", classes);
            if (node.fold() == Admonition.Fold.UNFOLDED) {
                html.attr("open", "open");
            }
            html.withAttr().tagLine("details", () -> {
                html.attr("class", "admonition-title").withAttr().tag("summary")
                        .text(node.title().isBlank() ? "Details" : node.title()).tag("/summary").line();
                context.renderChildren(node);
            });
            return;
        }
        html.attr("class", classes).attr("role", "note").withAttr().tagLine("aside",
                () -> {
                    if (!node.title().isBlank()) {
                        html.attr("class", "admonition-title").withAttr().tag("p").text(node.title()).tag("/p")
                                .line();
                    }
                    context.renderChildren(node);
                });
    }
}
