package org.drplan.render.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vladsch.flexmark.util.ast.Node;
import org.drplan.plan.DecisionPoint;
import org.drplan.plan.PlanSection;
import org.drplan.plan.Step;
import org.drplan.render.LinkStyle;
import org.drplan.render.StepHtml;

/**
 * What the node renderers need for one rendering of one section's tree: the section (its resolved links and steps)
 * and the output's link style. flexmark makes its node renderers anew for each rendering, on the rendering thread,
 * from options it takes only from the renderer and the document; so the context is handed over on that thread
 * ({@link #during}), and the parsed tree, which every output and thread shares, is never written to.
 */
public final class RenderContext {

    private static final ThreadLocal<RenderContext> CURRENT = new ThreadLocal<>();

    private final PlanSection section;
    private final List<DecisionPoint> decisions;
    private final LinkStyle style;
    private final Map<String, StepHtml> captured;

    /**
     * @param decisions the section's decision points, with where each answer leads
     * @param captured  where to put each step's HTML instead of writing the section (the checklist), or null
     */
    public RenderContext(PlanSection section, List<DecisionPoint> decisions, LinkStyle style,
                         Map<String, StepHtml> captured) {
        this.section = section;
        this.decisions = List.copyOf(decisions);
        this.style = style;
        this.captured = captured;
    }

    /** Runs one rendering with this context given to the node renderers it makes. */
    public <T> T during(Supplier<T> rendering) {
        RenderContext outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return rendering.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** The context of the rendering under way on this thread. */
    static RenderContext current() {
        RenderContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("a plan tree rendered without its RenderContext");
        }
        return context;
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

    /** The decision point a block of the tree is, if it is one. */
    DecisionPoint decision(Node block) {
        return decisions.stream().filter(d -> d.decision().node() == block).findFirst().orElse(null);
    }

    /** Keeps a decision point's HTML for a page that lists steps, under the decision's id. */
    void capture(DecisionPoint decision, String html) {
        captured.put(decision.id(), new StepHtml(html, ""));
    }

    boolean capturesSteps() {
        return captured != null;
    }

    void capture(Step step, StepHtml html) {
        captured.put(step.id(), html);
    }
}
