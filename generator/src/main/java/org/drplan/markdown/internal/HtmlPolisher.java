package org.drplan.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.drplan.markdown.ChecklistStep;
import org.drplan.markdown.Heading;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finishing touches on flexmark's HTML that readers need: a permalink on each heading, and tables wrapped so that
 * they scroll sideways on a phone instead of breaking the page, admonitions in other generators' syntax as ours,
 * task items as identified, labelled steps.
 * Also reads back the heading ids as rendered.
 */
public final class HtmlPolisher {

    /** The polished body HTML, its headings in document order, and every id a link may point at. */
    public record Result(String html, List<Heading> headings, Set<String> anchors) {
    }

    private HtmlPolisher() {
    }

    public static Result polish(String html, List<ChecklistStep> steps) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        List<Heading> headings = new ArrayList<>();
        for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
            String id = h.id();
            if (id.isEmpty()) {
                continue;
            }
            headings.add(new Heading(Integer.parseInt(h.tagName().substring(1)), h.text(), id));
            h.appendElement("a").addClass("heading-anchor").attr("href", "#" + id)
                    .attr("aria-label", "Link to this heading").text("#");
        }
        for (Element table : doc.body().select("table")) {
            table.wrap("<div class=\"table-wrap\"></div>");
        }
        ForeignAdmonitions.convert(doc.body());
        StepMarkup.apply(doc.body(), steps);
        Set<String> anchors = new TreeSet<>(doc.body().select("[id]").eachAttr("id"));
        anchors.addAll(doc.body().select("a[name]").eachAttr("name"));
        return new Result(doc.body().html(), headings, anchors);
    }
}
