package org.drplan.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Steps a forgotten closing mark hides: an HTML comment ({@code <!--}) or a code fence ({@code ```}) that is never
 * closed runs to the end of the section and takes every later {@code - [ ]} line with it, silently. Warned at the
 * opening mark, with how many step lines it swallows.
 */
final class SwallowedSteps {

    private static final Pattern STEP_LINE = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]+\\[[ xX]][ \\t]");

    private SwallowedSteps() {
    }

    static List<MarkdownNote> find(Document document, SourceLines lines) {
        List<MarkdownNote> notes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            String what = null;
            if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()
                    && node.getNext() == null && node.getParent() == document) {
                what = "this code block is never closed (no closing " + fence.getOpeningMarker() + ")";
            } else if ((node instanceof HtmlCommentBlock || node instanceof HtmlBlock)
                    && node.getChars().toString().trim().startsWith("<!--")
                    && !node.getChars().toString().contains("-->")) {
                what = "this HTML comment is never closed (no -->)";
            }
            if (what == null) {
                continue;
            }
            Matcher steps = STEP_LINE.matcher(node.getChars());
            int count = 0;
            while (steps.find()) {
                count++;
            }
            if (count > 0) {
                int offset = node.getStartOffset();
                notes.add(new MarkdownNote(lines.line(offset), lines.column(offset), what + ", so it hides "
                        + count + " step line" + (count == 1 ? "" : "s") + " below it", false));
            }
        }
        return notes;
    }
}
