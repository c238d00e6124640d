package org.drplan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.drplan.content.Role;
import org.drplan.content.SectionType;
import org.drplan.links.LinkedSection;
import org.drplan.markdown.ChecklistStep;
import org.drplan.markdown.RenderedSection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Cuts the rendered plan into search documents: one per section (everything on it) and one per h2/h3 heading
 * (the text up to the next such heading), in plan order.
 */
public final class SearchDocuments {

    private SearchDocuments() {
    }

    public static List<SearchDocument> of(List<LinkedSection> sections, Optional<List<Role>> roles) {
        List<SearchDocument> documents = new ArrayList<>();
        for (LinkedSection linked : sections) {
            RenderedSection rendered = linked.rendered();
            Element body = Jsoup.parseBodyFragment(rendered.html()).body();
            body.select(".heading-anchor").remove();
            String part = rendered.section().meta().type().heading();
            String roleText = rendered.section().meta().type() == SectionType.TEAM
                    ? roles.orElse(List.of()).stream().map(r -> String.join(" ", nonNull(r.id(), r.title(), r.name())))
                    .collect(Collectors.joining(" ")) : "";
            String steps = rendered.steps().stream().map(ChecklistStep::text).collect(Collectors.joining(" "));
            String headings = rendered.headings().stream().map(h -> h.text()).collect(Collectors.joining(" "));
            documents.add(new SearchDocument(rendered.section().outputPath(), rendered.title(), rendered.title(),
                    part, headings, String.join(" ", rendered.section().meta().tags()), body.text(), steps,
                    roleText, introduction(body)));
            documents.addAll(headingDocuments(rendered, body, part));
        }
        return documents;
    }

    private static List<SearchDocument> headingDocuments(RenderedSection rendered, Element body, String part) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Element heading : body.select("h2[id], h3[id]")) {
            StringBuilder text = new StringBuilder();
            StringBuilder steps = new StringBuilder();
            for (Element next = heading.nextElementSibling(); next != null && !isSplit(next);
                 next = next.nextElementSibling()) {
                text.append(next.text()).append(' ');
                next.select("li.task-list-item").forEach(li -> steps.append(li.ownText()).append(' '));
            }
            String own = text.toString().trim();
            documents.add(new SearchDocument(rendered.section().outputPath() + "#" + heading.id(), heading.text(),
                    rendered.title(), part, "", "", own, steps.toString().trim(), "", own));
        }
        return documents;
    }

    /** The text before the first h2/h3; the whole text when the section has no such heading. */
    private static String introduction(Element body) {
        StringBuilder text = new StringBuilder();
        for (Element block : body.children()) {
            if (isSplit(block)) {
                return text.length() > 0 ? text.toString().trim() : body.text();
            }
            text.append(block.text()).append(' ');
        }
        return text.toString().trim();
    }

    private static boolean isSplit(Element element) {
        return element.tagName().equals("h2") || element.tagName().equals("h3");
    }

    private static List<String> nonNull(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }
}
