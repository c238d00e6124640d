package org.drplan.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Removes what other Markdown tools read and CommonMark shows as debris: table-of-contents markers
 * ({@code [[_TOC_]]} from GitLab, {@code [TOC]} from Python-Markdown; the page has its own contents) and Kramdown
 * attribute lists ({@code {:target="_blank"}}, {@code {: .note}}).
 */
public final class ForeignSyntax {

    private static final Set<String> TOC_MARKERS = Set.of("_toc_", "toc");
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\{:[^{}\\n]*}");

    private ForeignSyntax() {
    }

    public static void clean(Document document) {
        List<Node> nodes = new ArrayList<>();
        document.getDescendants().forEach(nodes::add);
        List<Paragraph> touched = new ArrayList<>();
        for (Node node : nodes) {
            if (node.getParent() == null && node != document) {
                continue;
            }
            if (isTocMarker(node) || node instanceof Text text && stripAttributeLists(text)) {
                if (node.getParent() instanceof Paragraph paragraph) {
                    touched.add(paragraph);
                }
                if (isTocMarker(node)) {
                    node.unlink();
                }
            }
        }
        touched.stream().filter(ForeignSyntax::isBlank).forEach(Node::unlink);
    }

    private static boolean isTocMarker(Node node) {
        if (node instanceof WikiLink link) {
            return TOC_MARKERS.contains(link.getLink().toString().trim().toLowerCase(Locale.ROOT));
        }
        return node instanceof LinkRef ref && !ref.isDefined() && ref.getReference().isNotNull()
                && ref.getReference().toString().trim().equalsIgnoreCase("toc") && ref.getParent() instanceof Paragraph
                && isAlone(ref);
    }

    /** {@code [TOC]} is a marker only on a line of its own, as Python-Markdown reads it. */
    private static boolean isAlone(Node node) {
        Node before = node.getPrevious();
        Node after = node.getNext();
        return (before == null || before instanceof SoftLineBreak || before instanceof HardLineBreak)
                && (after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak);
    }

    /** Replaces the text node by its parts without attribute lists; true when it had one. */
    private static boolean stripAttributeLists(Text text) {
        BasedSequence chars = text.getChars();
        Matcher m = ATTRIBUTE_LIST.matcher(chars);
        int from = 0;
        boolean found = false;
        while (m.find()) {
            found = true;
            if (m.start() > from) {
                text.insertBefore(new Text(chars.subSequence(from, m.start())));
            }
            from = m.end();
        }
        if (!found) {
            return false;
        }
        if (from < chars.length()) {
            text.insertBefore(new Text(chars.subSequence(from, chars.length())));
        }
        text.unlink();
        return true;
    }

    private static boolean isBlank(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof SoftLineBreak || child instanceof HardLineBreak)
                    && !child.getChars().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
