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

    private static final String LINKING = "a[href], img[src], source[src], video[src], audio[src], iframe[src], "
            + "embed[src], object[data], link[href]";

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

    private final String source;
    private final List<Link> links;
    private final Set<String> ids;
    private final String text;

    private RawHtml(String source, List<Link> links, Set<String> ids, String text) {
        this.source = source;
        this.links = List.copyOf(links);
        this.ids = Set.copyOf(ids);
        this.text = text;
    }

    public static RawHtml parse(String source) {
        org.jsoup.nodes.Document doc = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        List<Link> links = new ArrayList<>();
        for (Element element : doc.body().select(LINKING)) {
            String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "data";
            Range.AttributeRange range = element.attributes().sourceRange(attribute);
            Range tag = element.sourceRange();
            if (!range.isTracked() || !tag.isTracked()) {
                continue;
            }
            Range end = element.endSourceRange();
            int elementEnd = end.isTracked() && !end.isImplicit() ? end.endPos() : tag.endPos();
            links.add(new Link(element, attribute, element.attr(attribute), range.valueRange().startPos(),
                    range.valueRange().endPos(), tag.startPos(), tag.endPos(), elementEnd));
        }
        Set<String> ids = new TreeSet<>(doc.body().select("[id]").eachAttr("id"));
        ids.addAll(doc.body().select("a[name]").eachAttr("name"));
        return new RawHtml(source, links, ids, doc.body().text());
    }

    /** The HTML exactly as written. */
    public String source() {
        return source;
    }

    /** The URL-carrying attributes, in source order. */
    public List<Link> links() {
        return links;
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
