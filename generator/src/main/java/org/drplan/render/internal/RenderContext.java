package org.drplan.render.internal;

import java.util.Map;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.drplan.plan.PlanSection;
import org.drplan.plan.Step;
import org.drplan.render.LinkStyle;
import org.drplan.render.StepHtml;

/**
 * What the node renderers need for one rendering of one section's tree: the section (its resolved links and steps)
 * and the output's link style. Handed to them through the document's data, since flexmark makes its node renderers
 * anew for each rendering from the document's options.
 */
public final class RenderContext {

    public static final NullableDataKey<RenderContext> KEY = new NullableDataKey<>("DRPLAN_RENDER_CONTEXT");

    private final PlanSection section;
    private final LinkStyle style;
    private final Map<String, StepHtml> captured;

    /** @param captured where to put each step's HTML instead of writing the section (the checklist), or null */
    public RenderContext(PlanSection section, LinkStyle style, Map<String, StepHtml> captured) {
        this.section = section;
        this.style = style;
        this.captured = captured;
    }

    PlanSection section() {
        return section;
    }

    LinkStyle style() {
        return style;
    }

    Step step(Node node) {
        return section.step(node).orElse(null);
    }

    boolean capturesSteps() {
        return captured != null;
    }

    void capture(Step step, StepHtml html) {
        captured.put(step.id(), html);
    }
}
