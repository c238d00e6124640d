package org.drplan.markdown;

import java.util.function.Function;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The text of part of a tree as a reader sees it on the page: inline text run together, blocks and table cells
 * apart, whitespace collapsed. Images and HTML tags add nothing (as in a browser's text), raw HTML blocks add their
 * text, and a cross-reference adds what it shows, which only the caller knows once links are resolved.
 */
public final class PlainText {

    private final Function<WikiLink, String> xrefText;
    private final Function<Node, String> rawHtmlText;
    private final StringBuilder out = new StringBuilder();

    private PlainText(Function<WikiLink, String> xrefText, Function<Node, String> rawHtmlText) {
        this.xrefText = xrefText;
        this.rawHtmlText = rawHtmlText;
    }

    /**
     * @param xrefText    the text a cross-reference shows
     * @param rawHtmlText the text of an HTML block
     */
    public static String of(Node node, Function<WikiLink, String> xrefText, Function<Node, String> rawHtmlText) {
        PlainText text = new PlainText(xrefText, rawHtmlText);
        text.append(node);
        return text.out.toString().replaceAll("\\s+", " ").trim();
    }

    /** The text of each child of {@code node} in turn, as one text. */
    public static String ofChildren(Node node, Function<WikiLink, String> xrefText,
                                    Function<Node, String> rawHtmlText) {
        PlainText text = new PlainText(xrefText, rawHtmlText);
        text.appendChildren(node);
        return text.out.toString().replaceAll("\\s+", " ").trim();
    }

    /** What a cross-reference shows before links are resolved: its own text, else what it refers to. */
    public static String writtenText(WikiLink link) {
        return XrefExtension.hasText(link) && !link.getText().isBlank() ? link.getText().toString().trim()
                : XrefExtension.reference(link);
    }

    private void append(Node node) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(node.getChars().unescape());
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof WikiLink link) {
            out.append(xrefText.apply(link));
        } else if (node instanceof LinkRef ref && !ref.isDefined()) {
            out.append(ref.getChars().unescape());
        } else if ((node instanceof AutoLink || node instanceof MailLink) && !node.hasChildren()) {
            out.append(node.getChildChars().unescape());
        } else if (node instanceof CodeBlock || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock) {
            out.append(' ').append(((Block) node).getContentChars()).append(' ');
        } else if (node instanceof Admonition admonition) {
            out.append(' ').append(admonition.title()).append(' ');
            appendChildren(node);
            out.append(' ');
        } else if (node instanceof HtmlBlock) {
            out.append(' ').append(rawHtmlText.apply(node)).append(' ');
        } else if (node instanceof Image || node instanceof ImageRef || node instanceof HtmlInlineBase
                || node instanceof HtmlCommentBlock || node instanceof Reference || node instanceof TableSeparator) {
            return;
        } else if (node instanceof Block || node instanceof TableCell) {
            out.append(' ');
            appendChildren(node);
            out.append(' ');
        } else {
            appendChildren(node);
        }
    }

    private void appendChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child);
        }
    }
}
