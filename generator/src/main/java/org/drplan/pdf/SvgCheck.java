package org.drplan.pdf;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.util.XMLResourceDescriptor;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.links.LinkTarget;
import org.drplan.markdown.LinkSite;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.w3c.dom.Document;

/**
 * Builds every SVG image the plan embeds the way the PDF's SVG renderer (Batik) will, before the PDF is laid out:
 * the renderer leaves a blank where an SVG fails and does not say which one, so a drawing Batik cannot build (SVG 2
 * features such as {@code orient="auto-start-reverse"}, broken XML) is an error at the place the plan embeds it.
 */
final class SvgCheck {

    void check(Plan plan, Map<String, byte[]> files, Diagnostics diagnostics) {
        Map<String, String> problems = new LinkedHashMap<>();
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
                String problem = problems.computeIfAbsent(target.path(), path -> build(path, files.get(path)));
                if (!problem.isEmpty()) {
                    diagnostics.error(section.source().path(), site.line(), site.column(), "image '" + site.url()
                            + "' cannot be drawn in plan.pdf: " + problem);
                }
            }
        }
    }

    /** What goes wrong building the drawing, or empty when it builds. */
    private static String build(String path, byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        try {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            Document document = factory.createSVGDocument(BundleResources.SCHEME + ":/" + path,
                    new ByteArrayInputStream(bytes));
            UserAgentAdapter agent = new UserAgentAdapter();
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            context.setDynamicState(BridgeContext.STATIC);
            new GVTBuilder().build(context, document);
            return "";
        } catch (Exception | LinkageError | InternalError e) {
            // InternalError: Batik's font lookup on a machine without fontconfig fonts ("Fontconfig head is null").
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return "the SVG renderer (Batik) cannot build it: " + message.lines().findFirst().orElse(message);
        }
    }
}
