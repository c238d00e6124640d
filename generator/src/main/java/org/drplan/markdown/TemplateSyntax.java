package org.drplan.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Template code another site generator would have run and drplan does not: Liquid ({@code {% include x %}},
 * {@code {{ page.title }}}), ERB ({@code <%= title %>}), Hugo ({@code {{ .Title }}}). Found in text and raw HTML,
 * never in code, where it is an example.
 */
public final class TemplateSyntax {

    /**
     * Liquid and ERB tags; {@code {{ }}} only with a space, dot or dash inside the braces' start or a filter
     * ({@code {{ page.title }}}, {@code {{.Title}}}, {@code {{- x }}}), since {@code {{Placeholder}}} is how
     * runbooks often mark a value to fill in.
     */
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\{%.*?%}|\\{\\{[\\s.\\-].*?}}|\\{\\{[^{}]*[.|][^{}]*}}|<%.*?%>");

    private TemplateSyntax() {
    }

    /** Whether the text holds template code. */
    public static boolean isIn(CharSequence text) {
        return TEMPLATE.matcher(text).find();
    }

    /** The first template code in the tree, as {@code offset} and what is written. */
    static Optional<Found> first(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Text || node instanceof HtmlInline || node instanceof HtmlBlock) {
                Matcher m = TEMPLATE.matcher(node.getChars());
                if (m.find()) {
                    return Optional.of(new Found(node.getStartOffset() + m.start(), m.group()));
                }
            }
        }
        return Optional.empty();
    }

    record Found(int offset, String written) {
    }
}
