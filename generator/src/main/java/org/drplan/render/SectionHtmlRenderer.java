package org.drplan.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.drplan.markdown.MarkdownParser;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.render.internal.PlanRendererExtension;
import org.drplan.render.internal.RenderContext;

/**
 * Stage 6, Markdown half: writes a section's tree as HTML for one output, its links in that output's
 * {@link LinkStyle}. The tree was parsed once; each output renders it again. One instance per build.
 */
public final class SectionHtmlRenderer {

    private final HtmlRenderer renderer;

    public SectionHtmlRenderer() {
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(MarkdownParser.OPTIONS));
        // Footnotes are parsed by flexmark's extension and written by ours (ids per output, see FootnoteNodeRenderer).
        extensions.removeIf(e -> e instanceof com.vladsch.flexmark.ext.footnotes.FootnoteExtension);
        extensions.add(PlanRendererExtension.create());
        renderer = HtmlRenderer.builder(new MutableDataSet(MarkdownParser.OPTIONS)
                .set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)).build();
    }

    /** The section's body as HTML, its decision points with where each answer leads in {@code plan}. */
    public String body(Plan plan, PlanSection section, LinkStyle style) {
        return render(section, new RenderContext(section, plan.decisionPoints().getOrDefault(section.id(), List.of()), style, null));
    }

    /**
     * Each step of the section by id, rendered on its own for a page that lists steps (the checklist), and each
     * decision point by its id (as a {@link StepHtml} whose label is the whole block).
     */
    public Map<String, StepHtml> steps(Plan plan, PlanSection section, LinkStyle style) {
        Map<String, StepHtml> steps = new HashMap<>();
        if (!section.steps().isEmpty() || !section.parsed().decisions().isEmpty()) {
            render(section, new RenderContext(section, plan.decisionPoints().getOrDefault(section.id(), List.of()), style, steps));
        }
        return steps;
    }

    /** Renders the section's tree with this rendering's context; the tree itself is left as it is. */
    private String render(PlanSection section, RenderContext context) {
        Document document = section.parsed().document();
        return context.during(() -> renderer.render(document));
    }
}
