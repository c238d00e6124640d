package org.drplan.links;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.drplan.config.LinkCheck;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Problem;
import org.drplan.diagnostics.Severity;
import org.drplan.markdown.LinkOccurrence;
import org.drplan.markdown.RenderedSection;
import org.drplan.markdown.XrefExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites every link, cross-reference and image of one rendered page to its place in the bundle and reports the
 * ones that lead nowhere at their position in the Markdown. Raw HTML in the Markdown is covered too, since the
 * rendered HTML is what is checked. A broken link is rendered visibly broken, never as a link to a 404.
 * Unresolved links are errors unless {@code linkCheck=warn}, which imported plans need; a path that leaves the
 * content folder is never followed nor copied in either mode.
 */
public final class LinkChecker {

    private static final String LINKING = "a[href], img[src], source[src], video[src], audio[src], iframe[src], "
            + "embed[src], object[data], link[href]";
    private static final String XREFS = "a[" + XrefExtension.ATTRIBUTE + "]";

    private final LinkIndex index;
    private final Severity unresolved;

    public LinkChecker(LinkIndex index, LinkCheck mode) {
        this.index = index;
        this.unresolved = mode == LinkCheck.ERROR ? Severity.ERROR : Severity.WARNING;
    }

    /** A page with its links rewritten, and the sections it links to. */
    public record CheckedPage(String html, Set<String> linkedIds) {
    }

    public CheckedPage check(RenderedSection page, Diagnostics diagnostics) {
        Document doc = Jsoup.parseBodyFragment(page.html());
        doc.outputSettings().prettyPrint(false);
        List<LinkOccurrence> unclaimed = new ArrayList<>(page.links());
        Set<String> linked = new LinkedHashSet<>();
        for (Element xref : doc.body().select(XREFS)) {
            String reference = xref.attr(XrefExtension.ATTRIBUTE);
            xref.removeAttr(XrefExtension.ATTRIBUTE);
            if (xref.text().isBlank() && xref.children().isEmpty()) {
                xref.text(index.defaultText(page, reference));
            }
            apply(page, xref, "href", reference, index.resolveXref(page, reference), unclaimed, linked, diagnostics);
        }
        for (Element element : doc.body().select(LINKING)) {
            if (element.hasClass("xref") || element.hasClass("heading-anchor")) {
                continue;
            }
            String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "data";
            String url = element.attr(attribute);
            ResolvedLink link = element.tagName().equals("a") ? index.resolve(page, url) : index.resolveImage(page, url);
            apply(page, element, attribute, url, link, unclaimed, linked, diagnostics);
        }
        return new CheckedPage(doc.body().html(), linked);
    }

    private void apply(RenderedSection page, Element element, String attribute, String written, ResolvedLink link,
                       List<LinkOccurrence> unclaimed, Set<String> linked, Diagnostics diagnostics) {
        if (link.isBroken()) {
            report(page, written, unclaimed, unresolved, link.problem(), diagnostics);
            markBroken(element, attribute, written);
        } else if (link.kind() == ResolvedLink.Kind.EXTERNAL) {
            external(page, element, written, unclaimed, diagnostics);
        } else {
            element.attr(attribute, link.href());
            if (link.targetId() != null && !link.targetId().equals(page.id())) {
                linked.add(link.targetId());
            }
        }
    }

    /** Links to the network stay (marked); an image or frame from the network would not load at the recovery site. */
    private void external(RenderedSection page, Element element, String url, List<LinkOccurrence> unclaimed,
                          Diagnostics diagnostics) {
        if (element.tagName().equals("a")) {
            if (url.matches("(?i)https?:.*")) {
                element.addClass("external-link");
                if (!element.hasAttr("title")) {
                    element.attr("title", "On the network: may not open at the recovery site");
                }
            }
            return;
        }
        report(page, url, unclaimed, unresolved, (element.tagName().equals("img") ? "image" : "<" + element.tagName()
                + ">") + " '" + url + "' is loaded from the network, which the bundle must work without; "
                + "copy the file into the content folder", diagnostics);
        String alt = element.attr("alt").isBlank() ? element.attr("title") : element.attr("alt");
        element.replaceWith(new Element("a").attr("href", url).addClass("external-link")
                .text(alt.isBlank() ? url : alt));
    }

    private static void report(RenderedSection page, String written, List<LinkOccurrence> unclaimed,
                               Severity severity, String message, Diagnostics diagnostics) {
        int[] position = claim(page, unclaimed, written);
        diagnostics.report(new Problem(page.section().source().path(), position[0], position[1], severity, message));
    }

    /** The source position of {@code url}: the next unclaimed Markdown link, else its first place in the text. */
    private static int[] claim(RenderedSection page, List<LinkOccurrence> unclaimed, String url) {
        for (int i = 0; i < unclaimed.size(); i++) {
            LinkOccurrence occurrence = unclaimed.get(i);
            if (occurrence.url().equals(url)) {
                unclaimed.remove(i);
                return new int[] {occurrence.line(), occurrence.column()};
            }
        }
        String text = page.section().markdown();
        int at = text.indexOf(url);
        if (at < 0) {
            return new int[] {0, 0};
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        return new int[] {line, at - lineStart + 1};
    }

    private static void markBroken(Element element, String attribute, String url) {
        if (element.tagName().equals("a")) {
            element.removeAttr(attribute).addClass("broken-link").attr("title", "Broken link: " + url);
            return;
        }
        String alt = element.attr("alt");
        element.replaceWith(new Element("span").addClass("broken-link")
                .text("[missing " + (alt.isBlank() ? url : alt + ": " + url) + "]"));
    }
}
