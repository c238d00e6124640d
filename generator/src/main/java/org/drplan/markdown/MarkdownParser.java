package org.drplan.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.drplan.content.Section;
import org.drplan.markdown.internal.AdmonitionOpeners;
import org.drplan.markdown.internal.AdmonitionSyntax;
import org.drplan.markdown.internal.DecisionCollector;
import org.drplan.markdown.internal.ForeignAdmonitions;
import org.drplan.markdown.internal.ForeignSyntax;
import org.drplan.markdown.internal.StepCollector;

/**
 * Stage 4: parses each section once into a flexmark tree and reads from it what the plan needs: the title, headings
 * with their anchor ids, checklist steps with their ids, and every link with its exact source position. One instance
 * per build: flexmark's parser is built once.
 */
public final class MarkdownParser {

    /** The parser options; renderers of these trees are built from them too. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(),
                    TaskListExtension.create(),
                    StrikethroughExtension.create(),
                    AutolinkExtension.create(),
                    AdmonitionSyntax.create(),
                    FootnoteExtension.create(),
                    EmojiExtension.create(),
                    XrefExtension.create()))
            // GitHub accepts a delimiter row with one dash per cell (|-|-|); so do we.
            .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
            // Emoji shortcodes as the characters themselves: an image would be loaded from the network.
            .set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY)
            .set(Parser.SPACE_IN_LINK_URLS, true)
            // The admonition parser would otherwise load its SVG icons from the jar for every section it parses;
            // drplan draws no icons.
            .set(AdmonitionExtension.TYPE_SVG_MAP, Map.of())
            .set(TablesExtension.CLASS_NAME, "table")
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();

    /**
     * Parses the section. Text nested deeper than any plan needs (a hundred quote levels) is not parsed, since the
     * parser recurses once per level: the section is then empty and an error says where.
     */
    public ParsedSection parse(Section section) {
        List<MarkdownNote> notes = new ArrayList<>();
        Optional<MarkdownNote> tooDeep = MarkdownDepth.check(section.markdown());
        tooDeep.ifPresent(notes::add);
        try {
            return parse(section, tooDeep.isPresent() ? "" : section.markdown(), notes);
        } catch (StackOverflowError e) {
            notes.add(new MarkdownNote(1, 1, "the Markdown nests too deeply to read; flatten its quotes, lists "
                    + "or brackets", true));
            return parse(section, "", notes);
        }
    }

    private ParsedSection parse(Section section, String markdown, List<MarkdownNote> notes) {
        Document document = parser.parse(AdmonitionOpeners.normalize(markdown));
        ForeignAdmonitions.convert(document);
        ForeignSyntax.clean(document);
        PageTitle title = PageTitle.find(section, document, node -> text(node, Map.of()));
        SourceLines lines = new SourceLines(document.getChars());
        Map<Node, RawHtml> rawHtml = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                BasedSequence chars = node instanceof HtmlBlock block ? block.getContentChars() : node.getChars();
                rawHtml.put(node, RawHtml.parse(chars.toString()));
            }
        }
        Set<String> authorIds = new TreeSet<>();
        rawHtml.values().forEach(html -> authorIds.addAll(html.ids()));
        new HeaderIdGenerator.Factory().create().generateIds(document);
        PageIds.assign(document, authorIds);
        List<Heading> headings = new ArrayList<>();
        List<LinkSite> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (rawHtml.containsKey(node)) {
                RawHtml html = rawHtml.get(node);
                BasedSequence chars = node instanceof HtmlBlock block ? block.getContentChars() : node.getChars();
                for (RawHtml.Link link : html.links()) {
                    links.add(site(lines, node, link.tag().equals("a") ? LinkSite.Kind.HTML_LINK
                            : LinkSite.Kind.HTML_EMBED, link.url(), chars.getIndexOffset(link.valueStart()), link));
                }
            } else if (node instanceof com.vladsch.flexmark.ast.Heading heading
                    && !heading.getAnchorRefId().isEmpty()) {
                headings.add(new Heading(heading.getLevel(), text(heading, rawHtml), heading.getAnchorRefId()));
            } else if (node instanceof Link link) {
                links.add(site(lines, link, LinkSite.Kind.LINK, link.getUrl().unescape(), link.getStartOffset(),
                        null));
            } else if (node instanceof RefNode ref && ref.isDefined()) {
                // A reference-style link is checked where it is used, once per use, not at its definition.
                Reference reference = ref.getReferenceNode(Parser.REFERENCES.get(document));
                links.add(site(lines, ref, ref instanceof ImageRef ? LinkSite.Kind.IMAGE : LinkSite.Kind.LINK,
                        reference.getUrl().unescape(), ref.getStartOffset(), null));
            } else if (node instanceof AutoLink auto) {
                // <https://...>, <scheme:...> and bare addresses: checked like any link (a scripting URL too).
                String url = auto.getUrl().toString();
                links.add(site(lines, auto, LinkSite.Kind.LINK, url.startsWith("www.") ? "http://" + url : url,
                        auto.getStartOffset(), null));
            } else if (node instanceof Image image) {
                links.add(site(lines, image, LinkSite.Kind.IMAGE, image.getUrl().unescape(),
                        image.getStartOffset(), null));
            } else if (node instanceof WikiLink xref) {
                links.add(site(lines, xref, LinkSite.Kind.XREF, XrefExtension.reference(xref),
                        xref.getStartOffset(), null));
            }
        }
        StepCollector collector = new StepCollector(section.id());
        List<ParsedStep> steps = collector.collect(document);
        collector.badEstimates().forEach(bad -> notes.add(note(lines, bad.offset(), "estimate '~" + bad.written()
                + "' is not a duration: write it as an rto: is, e.g. ~15m, ~2h or ~PT1H30M", true)));
        DecisionCollector decisionCollector = new DecisionCollector(section.id());
        List<ParsedDecision> decisions = decisionCollector.collect(document);
        decisionCollector.problems().forEach(p -> notes.add(note(lines, p.offset(), p.message(), true)));
        Set<String> anchors = new TreeSet<>(authorIds);
        headings.forEach(h -> anchors.add(h.id()));
        // A step is a link target too ([[restore#stop-the-app]]), by the last part of its id, where no heading,
        // HTML id or the layout has that name already.
        Set<String> stepAnchors = new TreeSet<>();
        for (ParsedStep step : steps) {
            String local = ParsedStep.anchorName(step.id());
            if (!LayoutIds.isReserved(local) && anchors.add(local)) {
                stepAnchors.add(local);
            }
        }
        TemplateSyntax.first(document).ifPresent(found -> notes.add(note(lines, found.offset(),
                "unrendered template syntax '" + abbreviate(found.written()) + "': drplan runs no Liquid, ERB or Hugo "
                        + "templates, so the page shows it as written", false)));
        rawHtml.forEach((node, html) -> {
            BasedSequence chars = node instanceof HtmlBlock block ? block.getContentChars() : node.getChars();
            html.hazards().forEach(h -> notes.add(note(lines, chars.getIndexOffset(h.offset()), h.message(),
                    true)));
        });
        notes.addAll(SwallowedSteps.find(document, lines));
        notes.sort(java.util.Comparator.comparingInt(MarkdownNote::line).thenComparingInt(MarkdownNote::column));
        return new ParsedSection(section, document, title.title(), title.pageHeading(), headings, steps, decisions,
                links, anchors, stepAnchors, rawHtml, notes, new SectionMemo());
    }

    private static MarkdownNote note(SourceLines lines, int offset, String message, boolean error) {
        return new MarkdownNote(lines.line(offset), lines.column(offset), message, error);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static LinkSite site(SourceLines lines, Node node, LinkSite.Kind kind, String url, int offset,
                                 RawHtml.Link html) {
        return new LinkSite(node, kind, url, lines.line(offset), lines.column(offset), html);
    }

    private static String text(Node node, Map<Node, RawHtml> rawHtml) {
        return PlainText.of(node, PlainText::writtenText,
                n -> rawHtml.containsKey(n) ? rawHtml.get(n).text() : "");
    }
}
