package org.drplan.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The HTML an author wrote inside Markdown (an HTML block or one inline tag), parsed once with jsoup, keeping where
 * each linking attribute sits in the source so that a renderer can rewrite exactly that URL and leave every other
 * character as written. The source is kept as text because a block may open an element that a later block closes
 * ({@code <details>} ... {@code </details>} around Markdown): re-serializing it would close it early.
 */
public final class RawHtml {

    /** Each element and attribute that links or loads, as CSS selectors paired with the attribute. */
    private static final List<String[]> LINKING = List.of(
            new String[] {"a[href]", "href"}, new String[] {"area[href]", "href"}, new String[] {"img[src]", "src"},
            new String[] {"source[src]", "src"}, new String[] {"video[src]", "src"}, new String[] {"audio[src]", "src"},
            new String[] {"track[src]", "src"}, new String[] {"iframe[src]", "src"}, new String[] {"embed[src]", "src"},
            new String[] {"object[data]", "data"}, new String[] {"link[href]", "href"},
            new String[] {"script[src]", "src"}, new String[] {"video[poster]", "poster"},
            // an SVG <image>: jsoup names it <img> outside an <svg> element, as browsers do
            new String[] {"img[href]", "href"}, new String[] {"img[xlink:href]", "xlink:href"},
            new String[] {"image[href]", "href"}, new String[] {"image[xlink:href]", "xlink:href"},
            new String[] {"use[href]", "href"}, new String[] {"use[xlink:href]", "xlink:href"});

    /**
     * One URL-carrying attribute. Offsets index {@link #source()}.
     *
     * @param element     the parsed element, for renderers that rebuild its start tag (never modify it: clone)
     * @param elementEnd  the end of its end tag when the same source closes it, else the end of its start tag
     */
    public record Link(Element element, String attribute, String url, int valueStart, int valueEnd,
                       int tagStart, int tagEnd, int elementEnd) {

        public String tag() {
            return element.tagName();
        }
    }

    /** Something in the HTML that would break the bundle's promise (a network load, a redirect), at an offset. */
    public record Hazard(int offset, String message) {
    }

    private final String source;
    private final List<Link> links;
    private final List<Hazard> hazards;
    private final Set<String> ids;
    private final String text;

    private RawHtml(String source, List<Link> links, List<Hazard> hazards, Set<String> ids, String text) {
        this.source = source;
        this.links = List.copyOf(links);
        this.hazards = List.copyOf(hazards);
        this.ids = Set.copyOf(ids);
        this.text = text;
    }

    public static RawHtml parse(String source) {
        org.jsoup.nodes.Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        List<Link> links = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            for (String[] linking : LINKING) {
                if (element.is(linking[0])) {
                    link(element, linking[1]).ifPresent(links::add);
                }
            }
        }
        links.sort(java.util.Comparator.comparingInt(Link::valueStart));
        List<Hazard> hazards = hazards(doc);
        Set<String> ids = new TreeSet<>(doc.body().select("[id]").eachAttr("id"));
        ids.addAll(doc.body().select("a[name]").eachAttr("name"));
        return new RawHtml(source, links, hazards, ids, doc.body().text());
    }

    private static java.util.Optional<Link> link(Element element, String attribute) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute);
        Range tag = element.sourceRange();
        if (!range.isTracked() || !tag.isTracked()) {
            return java.util.Optional.empty();
        }
        Range end = element.endSourceRange();
        int elementEnd = end.isTracked() && !end.isImplicit() ? end.endPos() : tag.endPos();
        return java.util.Optional.of(new Link(element, attribute, element.attr(attribute),
                range.valueRange().startPos(), range.valueRange().endPos(), tag.startPos(), tag.endPos(), elementEnd));
    }

    /** What no offline bundle may carry: loads through srcset or CSS, a {@code <base>}, a refresh. */
    private static List<Hazard> hazards(org.jsoup.nodes.Document doc) {
        List<Hazard> hazards = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            int tagStart = element.sourceRange().isTracked() ? element.sourceRange().startPos() : 0;
            if (element.is("base[href]")) {
                hazards.add(new Hazard(tagStart, "a <base> element changes where every link of the page leads; "
                        + "remove it"));
            }
            if (element.is("meta[http-equiv]") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                hazards.add(new Hazard(tagStart, "a refresh <meta> element sends the reader to another page; "
                        + "remove it"));
            }
            if (element.hasAttr("srcset")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    String url = candidate.trim().split("\\s+")[0];
                    if (org.drplan.url.Urls.isExternal(url)) {
                        hazards.add(new Hazard(valueStart(element, "srcset", tagStart), "<" + element.tagName()
                                + "> srcset loads '" + url + "' from the network, which the bundle must work "
                                + "without; copy the file into the content folder"));
                    }
                }
            }
            if (element.hasAttr("style")) {
                for (org.drplan.url.CssUrls.Found found : org.drplan.url.CssUrls.external(element.attr("style"))) {
                    hazards.add(new Hazard(valueStart(element, "style", tagStart), "style loads '" + found.url()
                            + "' from the network, which the bundle must work without; copy the file into the "
                            + "content folder"));
                }
            }
            if (element.is("style")) {
                for (org.drplan.url.CssUrls.Found found : org.drplan.url.CssUrls.external(element.data())) {
                    hazards.add(new Hazard(tagStart, "<style> loads '" + found.url() + "' from the network, which "
                            + "the bundle must work without; copy the file into the content folder"));
                }
            }
        }
        return hazards;
    }

    private static int valueStart(Element element, String attribute, int fallback) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute);
        return range.isTracked() ? range.valueRange().startPos() : fallback;
    }

    /** The HTML exactly as written. */
    public String source() {
        return source;
    }

    /** The URL-carrying attributes, in source order. */
    public List<Link> links() {
        return links;
    }

    /** Network loads and redirects the HTML carries, which the build reports as errors. */
    public List<Hazard> hazards() {
        return hazards;
    }

    /** Ids a link may point at: {@code id} attributes and {@code <a name>}. */
    public Set<String> ids() {
        return ids;
    }

    /** The text a reader sees. */
    public String text() {
        return text;
    }
}
