package org.drplan.links;

import java.util.ArrayList;
import java.util.List;

import org.drplan.config.LinkCheck;
import org.drplan.content.Section;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Problem;
import org.drplan.diagnostics.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Stage 5: rewrites every link and image of a rendered page to its place in the bundle and reports the ones that
 * lead nowhere at their position in the Markdown. Raw HTML in the Markdown is covered too, since the rendered
 * HTML is what is checked. A broken link is rendered visibly broken, never as a link to a 404. A path that leaves
 * the content folder is never followed nor copied; like any other dead link it is an error unless
 * {@code linkCheck=warn}, which imported plans need (their links often point into the repository they came from).
 */
public final class LinkChecker {

    private static final String LINKING = "a[href], img[src], source[src], video[src], audio[src], iframe[src], "
            + "embed[src], object[data], link[href]";

    private final LinkIndex index;
    private final LinkCheck mode;

    public LinkChecker(LinkIndex index, LinkCheck mode) {
        this.index = index;
        this.mode = mode;
    }

    /** Returns the page body with hrefs rewritten; problems go to {@code diagnostics}. */
    public String check(Section section, String html, List<LinkOccurrence> occurrences, Diagnostics diagnostics) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<LinkOccurrence> unclaimed = new ArrayList<>(occurrences);
        for (Element element : doc.body().select(LINKING)) {
            String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "data";
            String url = element.attr(attribute);
            ResolvedLink link = index.resolve(section, url);
            if (link.isBroken()) {
                report(section, url, link, element, claim(section, unclaimed, url), diagnostics);
                markBroken(element, attribute, url);
            } else if (link.kind() != ResolvedLink.Kind.EXTERNAL) {
                element.attr(attribute, link.href());
            } else if (!element.tagName().equals("a")) {
                reportNetworkLoad(section, url, element, claim(section, unclaimed, url), diagnostics);
                element.replaceWith(linkInstead(element, url));
            } else if (url.matches("(?i)https?:.*")) {
                element.addClass("external-link");
            }
        }
        return doc.body().html();
    }

    private void report(Section section, String url, ResolvedLink link, Element element, int[] position,
                        Diagnostics diagnostics) {
        boolean image = !element.tagName().equals("a");
        Severity severity = mode == LinkCheck.ERROR ? Severity.ERROR : Severity.WARNING;
        String message = link.kind() == ResolvedLink.Kind.OUTSIDE
                ? (image ? "image" : "link") + " '" + url + "' points outside the content folder; it is not published"
                : (image ? "image" : "link target") + " '" + url + "' not found";
        diagnostics.report(new Problem(section.source().path(), position[0], position[1], severity, message));
    }

    /** An image or frame from the network would not load at the recovery site, and the bundle must not depend on it. */
    private void reportNetworkLoad(Section section, String url, Element element, int[] position,
                                   Diagnostics diagnostics) {
        Severity severity = mode == LinkCheck.ERROR ? Severity.ERROR : Severity.WARNING;
        diagnostics.report(new Problem(section.source().path(), position[0], position[1], severity,
                (element.tagName().equals("img") ? "image" : "<" + element.tagName() + ">") + " '" + url
                        + "' is loaded from the network, which the bundle must work without; "
                        + "copy the file into the content folder"));
    }

    private static Element linkInstead(Element element, String url) {
        String alt = element.attr("alt").isBlank() ? element.attr("title") : element.attr("alt");
        return new Element("a").attr("href", url).addClass("external-link")
                .text(alt.isBlank() ? url : alt);
    }

    /** The source position of {@code url}: the next unclaimed Markdown link, else its first place in the text. */
    private static int[] claim(Section section, List<LinkOccurrence> unclaimed, String url) {
        for (int i = 0; i < unclaimed.size(); i++) {
            LinkOccurrence occurrence = unclaimed.get(i);
            if (occurrence.url().equals(url)) {
                unclaimed.remove(i);
                return new int[] {occurrence.line(), occurrence.column()};
            }
        }
        String text = section.markdown();
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
        Element replacement = new Element("span").addClass("broken-link")
                .text("[missing " + (alt.isBlank() ? url : alt + ": " + url) + "]");
        element.replaceWith(replacement);
    }
}
