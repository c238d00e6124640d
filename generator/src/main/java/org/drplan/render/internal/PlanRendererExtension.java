package org.drplan.render.internal;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Registers drplan's node renderers. It must come last among the renderer's extensions: for a node type, flexmark
 * uses the renderer registered last (and keeps the earlier ones for {@code delegateRender}).
 */
public final class PlanRendererExtension implements HtmlRenderer.HtmlRendererExtension {

    private PlanRendererExtension() {
    }

    public static PlanRendererExtension create() {
        return new PlanRendererExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory((DataHolder options) -> new LinkNodeRenderer(RenderContext.current()));
        builder.nodeRendererFactory((DataHolder options) -> new RawHtmlRenderer(RenderContext.current()));
        builder.nodeRendererFactory((DataHolder options) -> new BlockNodeRenderer(RenderContext.current()));
        builder.nodeRendererFactory((DataHolder options) -> new StepNodeRenderer(RenderContext.current()));
        builder.nodeRendererFactory((DataHolder options) -> new FootnoteNodeRenderer(RenderContext.current()));
    }
}
