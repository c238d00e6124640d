package org.drplan.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.links.LinkTarget;
import org.drplan.markdown.LinkSite;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.w3c.dom.Document;

/**
 * Builds every SVG image the plan embeds the way the PDF's SVG renderer (Batik) will, before the PDF is laid out:
 * the renderer leaves a blank where an SVG fails and does not say which one, so a drawing Batik cannot build (SVG 2
 * features such as {@code orient="auto-start-reverse"}, broken XML) is an error at the place the plan embeds it. The
 * drawing is checked as the PDF draws it, its text in outlines ({@link SvgTextOutlines}); a character of its text
 * that the PDF's fonts lack is a warning there.
 */
final class SvgCheck {

    private final SvgTextOutlines outlines;

    SvgCheck(SvgTextOutlines outlines) {
        this.outlines = outlines;
    }

    void check(Plan plan, Map<String, byte[]> files, Diagnostics diagnostics) {
        Map<String, Checked> checked = new LinkedHashMap<>();
        for (PlanSection section : plan.sections()) {
            for (LinkSite site : section.parsed().links()) {
                if (!site.isEmbedded()) {
                    continue;
                }
                LinkTarget target = site.html() == null ? section.links().target(site.node()).orElse(null)
                        : section.links().target(site.html()).orElse(null);
                if (target == null || target.kind() != LinkTarget.Kind.ASSET
                        || !target.path().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                    continue;
                }
                boolean first = !checked.containsKey(target.path());
                Checked drawing = checked.computeIfAbsent(target.path(), path -> build(path, files.get(path)));
                if (!drawing.problem().isEmpty()) {
                    diagnostics.error(section.source().path(), site.line(), site.column(), "image '" + site.url()
                            + "' cannot be drawn in plan.pdf: " + drawing.problem());
                }
                for (int codePoint : first ? drawing.missing() : Set.<Integer>of()) {
                    diagnostics.warning(section.source().path(), site.line(), site.column(), "image '" + site.url()
                            + "': the PDF's fonts have no glyph for '" + Character.toString(codePoint) + "' (U+"
                            + String.format("%04X", codePoint) + "): it prints as an empty box in plan.pdf");
                }
            }
        }
    }

    /** What goes wrong building a drawing (empty when it builds), and the characters of its text no font has. */
    private record Checked(String problem, Set<Integer> missing) {
    }

    private Checked build(String path, byte[] bytes) {
        if (bytes == null) {
            return new Checked("", Set.of());
        }
        try {
            Document document = SvgDrawing.parse(path, bytes);
            String unsupported = SvgTextOutlines.unsupported(document.getDocumentElement());
            if (unsupported != null) {
                return new Checked(unsupported, Set.of());
            }
            Set<Integer> missing = outlines.convert(document.getDocumentElement());
            UserAgentAdapter agent = new UserAgentAdapter();
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            context.setDynamicState(BridgeContext.STATIC);
            new GVTBuilder().build(context, document);
            return new Checked("", missing);
        } catch (Exception | LinkageError | InternalError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Checked("the SVG renderer (Batik) cannot build it: " + message.lines().findFirst()
                    .orElse(message), Set.of());
        }
    }
}
