package org.drplan.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.markdown.Admonition;

/**
 * Turns every admonition syntax into one {@link Admonition} node: MkDocs blocks ({@code !!! warning "Title"}, parsed
 * by flexmark), and those written for other generators that imported plans carry: GitHub alerts
 * ({@code > [!WARNING]}) and Docusaurus/VitePress fences ({@code :::warning} ... {@code :::}), which CommonMark
 * parses as a quote and as paragraphs.
 */
public final class ForeignAdmonitions {

    private static final Map<String, String> ALERT_TITLES = Map.of("note", "Note", "tip", "Tip",
            "important", "Important", "warning", "Warning", "caution", "Caution");
    private static final Pattern ALERT = Pattern.compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE_OPENING = Pattern.compile(":::[ \\t]*([a-zA-Z]+)(.*)");
    private static final String FENCE = ":::";

    private ForeignAdmonitions() {
    }

    public static void convert(Document document) {
        List<Node> nodes = new ArrayList<>();
        document.getDescendants().forEach(nodes::add);
        for (Node node : nodes) {
            if (node instanceof AdmonitionBlock block) {
                convertMkDocs(block);
            } else if (node instanceof BlockQuote quote) {
                convertGithubAlert(quote);
            } else if (node instanceof Paragraph paragraph && paragraph.getParent() != null) {
                convertFence(paragraph);
            }
        }
    }

    private static void convertMkDocs(AdmonitionBlock block) {
        String kind = block.getInfo().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        String title = block.getTitle().isNull() ? defaultTitle(kind) : block.getTitle().toString();
        String marker = block.getOpeningMarker().toString();
        Admonition.Fold fold = marker.equals("???+") ? Admonition.Fold.UNFOLDED
                : marker.startsWith("???") ? Admonition.Fold.FOLDED : Admonition.Fold.NONE;
        replace(block, new Admonition(block.getChars(), kind, title.isBlank() ? "" : title, fold));
    }

    private static void convertGithubAlert(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof LinkRef marker)) {
            return;
        }
        Matcher m = ALERT.matcher(marker.getChars());
        if (!m.matches()) {
            return;
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        removeLine(marker);
        replace(quote, new Admonition(quote.getChars(), kind, ALERT_TITLES.get(kind)));
    }

    /** {@code :::kind Title} opens in this paragraph; the block ends at the paragraph whose last line is {@code :::}. */
    private static void convertFence(Paragraph opening) {
        if (!(opening.getFirstChild() instanceof Text first)) {
            return;
        }
        Matcher m = FENCE_OPENING.matcher(first.getChars().toString());
        if (!m.matches()) {
            return;
        }
        List<Node> blocks = new ArrayList<>();
        Node closing = opening;
        while (!endsWithFence(closing)) {
            blocks.add(closing);
            closing = closing.getNext();
            if (closing == null) {
                return;
            }
        }
        blocks.add(closing);
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        String title = m.group(2).isBlank() ? defaultTitle(kind) : m.group(2).trim();
        Text last = (Text) closing.getLastChild();
        Admonition admonition = new Admonition(opening.getChars(), kind, title);
        opening.insertBefore(admonition);
        for (Node block : blocks) {
            admonition.appendChild(block);
        }
        removeLine(first);
        String kept = last.getChars().toString().stripTrailing();
        last.setChars(last.getChars().subSequence(0, kept.length() - FENCE.length()));
        if (last.getChars().isBlank()) {
            removeLine(last);
        }
        for (Node block : List.of(opening, closing)) {
            if (block.getParent() != null && !block.hasChildren()) {
                block.unlink();
            }
        }
    }

    private static boolean endsWithFence(Node block) {
        return block instanceof Paragraph && block.getLastChild() instanceof Text text
                && text.getChars().toString().stripTrailing().endsWith(FENCE);
    }

    /** Removes an inline node with the line break that follows or precedes it on its line. */
    private static void removeLine(Node inline) {
        Node next = inline.getNext();
        Node previous = inline.getPrevious();
        if (isLineBreak(next)) {
            next.unlink();
            if (inline.getNext() instanceof Text text) {
                text.setChars(text.getChars().trimStart());
            }
        } else if (isLineBreak(previous)) {
            previous.unlink();
        } else if (next instanceof Text text) {
            text.setChars(text.getChars().trimStart());
        }
        inline.unlink();
    }

    private static boolean isLineBreak(Node node) {
        return node instanceof SoftLineBreak || node instanceof HardLineBreak;
    }

    /** Puts the admonition where {@code original} was, with the original's children inside. */
    private static void replace(Node original, Admonition admonition) {
        original.insertBefore(admonition);
        // One by one: flexmark's takeChildren can leave a moved child pointing at its old parent (found by fuzzing:
        // a heading inside an MkDocs admonition then had no document above it).
        for (Node child = original.getFirstChild(); child != null; child = original.getFirstChild()) {
            admonition.appendChild(child);
        }
        original.unlink();
        if (admonition.getFirstChild() instanceof Paragraph first && !first.hasChildren()) {
            first.unlink();
        }
    }

    private static String defaultTitle(String kind) {
        return kind.isEmpty() ? "Note" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
