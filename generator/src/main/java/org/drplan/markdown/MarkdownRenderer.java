package org.drplan.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.drplan.content.Section;
import org.drplan.content.SectionIds;
import org.drplan.markdown.LinkOccurrence;
import org.drplan.markdown.internal.AdmonitionHtmlRenderer;
import org.drplan.markdown.internal.AdmonitionSyntax;
import org.drplan.markdown.internal.HtmlPolisher;
import org.drplan.markdown.internal.XrefNodeRenderer;

/**
 * Stage 4: Markdown to HTML with flexmark, plus what later stages need from the tree: headings, checklist steps
 * and link URLs with their source positions. One instance per build: flexmark's parser and renderer are built once.
 */
public final class MarkdownRenderer {

    private static final int MAX_STEP_SLUG = 80;

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(
                        TablesExtension.create(),
                        TaskListExtension.create(),
                        StrikethroughExtension.create(),
                        AutolinkExtension.create(),
                        AdmonitionSyntax.create(),
                        AdmonitionHtmlRenderer.Extension.create(),
                        XrefExtension.create()))
                .set(Parser.SPACE_IN_LINK_URLS, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />")
                .set(TaskListExtension.ITEM_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" />");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public RenderedSection render(Section section) {
        Document document = parser.parse(section.markdown());
        String pageHeading = removeLeadingTitle(document);
        String title = section.meta().title() != null ? section.meta().title()
                : pageHeading != null ? pageHeading : firstTitleHeading(document).orElse(section.source().baseName());
        List<LinkOccurrence> links = new ArrayList<>();
        List<ChecklistStep> steps = new ArrayList<>();
        Map<String, Integer> stepIdCounts = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                links.add(occurrence(document, link.getUrl(), link, false));
            } else if (node instanceof Image image) {
                links.add(occurrence(document, image.getUrl(), image, true));
            } else if (node instanceof WikiLink xref) {
                links.add(occurrence(document, BasedSequence.of(XrefNodeRenderer.reference(xref)), xref, false));
            } else if (node instanceof Reference reference) {
                links.add(occurrence(document, reference.getUrl(), reference, false));
            } else if (node instanceof TaskListItem item) {
                steps.add(step(section, document, item, stepIdCounts));
            }
        }
        HtmlPolisher.Result polished = HtmlPolisher.polish(renderer.render(document), steps);
        return new RenderedSection(section, title, pageHeading, polished.html(), polished.headings(), steps, links,
                polished.anchors());
    }

    private static String removeLeadingTitle(Document document) {
        if (document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1) {
            String text = new TextCollectingVisitor().collectAndGetText(heading).trim();
            heading.unlink();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    private static Optional<String> firstTitleHeading(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                String text = new TextCollectingVisitor().collectAndGetText(heading).trim();
                if (!text.isEmpty()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static ChecklistStep step(Section section, Document document, TaskListItem item,
                                      Map<String, Integer> idCounts) {
        Node firstBlock = item.getFirstChild();
        String written = firstBlock == null ? "" : new TextCollectingVisitor().collectAndGetText(firstBlock).trim();
        StepText text = StepText.of(written);
        String slug = text.customId() != null ? text.customId() : SectionIds.slug(text.text()).replaceAll("[._]+", "-");
        if (slug.length() > MAX_STEP_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_STEP_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_STEP_SLUG);
        }
        String base = section.id() + "/" + (slug.isEmpty() ? "step" : slug);
        int count = idCounts.merge(base, 1, Integer::sum);
        String id = count == 1 ? base : base + "-" + count;
        int depth = 0;
        for (Node parent = item.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ListItem) {
                depth++;
            }
        }
        int line = document.getLineNumber(item.getStartOffset()) + 1;
        return new ChecklistStep(id, text.text(), line, depth, StepKind.of(text.text()));
    }

    private static LinkOccurrence occurrence(Document document, BasedSequence url, Node node, boolean image) {
        int offset = node.getStartOffset();
        int line = document.getLineNumber(offset) + 1;
        int column = offset - document.getChars().startOfLine(offset) + 1;
        return new LinkOccurrence(url.unescape(), line, column, image);
    }
}
