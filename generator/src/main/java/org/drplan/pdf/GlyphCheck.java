package org.drplan.pdf;

import java.util.LinkedHashSet;
import java.util.Set;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.markdown.PlainText;
import org.drplan.markdown.RawHtml;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * Finds the characters of the plan that no font of the PDF can draw, so that a printed plan never has a silent blank
 * where a word was: each is a warning at the first place its section's Markdown has it.
 */
final class GlyphCheck {

    private final PdfFonts fonts;

    GlyphCheck(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void check(Plan plan, Diagnostics diagnostics) {
        for (PlanSection section : plan.sections()) {
            String text = section.title() + " " + PlainText.of(section.parsed().document(), section.links()::xrefText,
                    node -> section.parsed().rawHtml(node).map(RawHtml::text).orElse(""));
            for (int codePoint : missing(text)) {
                report(section, codePoint, diagnostics);
            }
        }
    }

    private Set<Integer> missing(String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT && !fonts.canDraw(c))
                .forEach(missing::add);
        return missing;
    }

    private static void report(PlanSection section, int codePoint, Diagnostics diagnostics) {
        String markdown = section.parsed().section().markdown();
        int at = markdown.indexOf(Character.toString(codePoint));
        int line = at < 0 ? 0 : (int) markdown.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at < 0 ? 0 : at - markdown.lastIndexOf('\n', at - 1);
        diagnostics.warning(section.source().path(), line, column, "the PDF's fonts have no glyph for '"
                + Character.toString(codePoint) + "' (U+" + String.format("%04X", codePoint)
                + "): it prints as an empty box in plan.pdf");
    }
}
