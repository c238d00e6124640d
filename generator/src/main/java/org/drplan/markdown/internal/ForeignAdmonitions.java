package org.drplan.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Admonitions written for other generators, which imported plans carry: GitHub alerts ({@code > [!WARNING]}) and
 * Docusaurus/VitePress fences ({@code :::warning}). Rendered like ours so that a caution reads as a caution.
 */
final class ForeignAdmonitions {

    private static final Pattern GITHUB_ALERT =
            Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\][ \\t]*(<br>)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ALERT_TITLES = Map.of("note", "Note", "tip", "Tip",
            "important", "Important", "warning", "Warning", "caution", "Caution", "danger", "Danger", "info", "Info");
    private static final Pattern FENCED_ADMONITION =
            Pattern.compile(":::[ \\t]*([a-zA-Z]+)([^\\n<]*)(\\n|<br>|$)\\s*");
    private static final Pattern CLOSING_FENCE = Pattern.compile("\\s*(<br>)?\\s*:::\\s*$");

    private ForeignAdmonitions() {
    }

    static void convert(Element body) {
        for (Element quote : body.select("blockquote")) {
            convertGithubAlert(quote);
        }
        for (Element paragraph : body.select("p")) {
            convertFencedAdmonition(paragraph);
        }
    }

    /**
     * Docusaurus and VitePress write admonitions as {@code :::warning} ... {@code :::}. The Markdown parser sees
     * paragraphs; fold the blocks from the opening paragraph to the closing one into an admonition.
     */
    private static void convertFencedAdmonition(Element opening) {
        if (opening.parent() == null) {
            return;
        }
        Matcher m = FENCED_ADMONITION.matcher(opening.html());
        if (!m.lookingAt()) {
            return;
        }
        List<Element> blocks = new ArrayList<>();
        blocks.add(opening);
        Element closing = opening;
        while (!CLOSING_FENCE.matcher(closing.html()).find()) {
            closing = closing.nextElementSibling();
            if (closing == null) {
                return;
            }
            blocks.add(closing);
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        Element aside = new Element("aside").addClass("admonition").addClass("admonition-" + kind)
                .attr("role", "note");
        String title = m.group(2) == null || m.group(2).isBlank() ? ALERT_TITLES.getOrDefault(kind,
                Character.toUpperCase(kind.charAt(0)) + kind.substring(1)) : m.group(2).trim();
        aside.appendElement("p").addClass("admonition-title").text(title);
        opening.before(aside);
        for (Element block : blocks) {
            aside.appendChild(block);
        }
        opening.html(opening.html().substring(m.end()));
        closing.html(CLOSING_FENCE.matcher(closing.html()).replaceFirst(""));
        for (Element block : List.of(opening, closing)) {
            if (block.text().isBlank() && block.children().isEmpty()) {
                block.remove();
            }
        }
    }

    /**
     * Plans imported from GitHub use its alert syntax ({@code > [!WARNING]}); render those as admonitions too,
     * so a caution reads as a caution and not as a quote.
     */
    private static void convertGithubAlert(Element quote) {
        Element first = quote.firstElementChild();
        if (first == null || !first.tagName().equals("p")) {
            return;
        }
        Matcher m = GITHUB_ALERT.matcher(first.html());
        if (!m.lookingAt()) {
            return;
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        first.html(first.html().substring(m.end()));
        if (first.text().isBlank() && first.children().isEmpty()) {
            first.remove();
        }
        Element aside = new Element("aside").addClass("admonition").addClass("admonition-" + kind)
                .attr("role", "note");
        aside.appendElement("p").addClass("admonition-title").text(ALERT_TITLES.get(kind));
        aside.appendChildren(quote.childNodesCopy());
        quote.replaceWith(aside);
    }
}
