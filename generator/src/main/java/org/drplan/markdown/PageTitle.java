package org.drplan.markdown;

import java.util.Locale;
import java.util.function.Function;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.drplan.content.Section;
import org.drplan.content.SourceFile;

/**
 * A section's title, and the heading that states it taken out of the tree so the page never shows it twice.
 * In order: the front-matter title; the first heading, of any level, when nothing but comments comes before it (a
 * {@code # heading} may also follow a short preamble of paragraphs, such as a bold status line); the first
 * {@code # heading} anywhere, then the first heading of any level; a readable form of the file name ("Incident
 * commander"), or for a {@code README} or {@code index} its folder's. A heading that is template code
 * ({@code # {{ page.title }}}) is never a title: it is removed when it leads the page, and the title comes from
 * elsewhere.
 *
 * @param title       what the plan calls the section
 * @param pageHeading the text of the removed {@code # heading} when the page is to show it as its h1, or null
 */
record PageTitle(String title, String pageHeading) {

    static PageTitle find(Section section, Document document, Function<Node, String> text) {
        String declared = section.meta().title();
        Heading first = null;
        boolean leading = true;
        boolean preamble = true;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                first = heading;
                break;
            }
            if (!isComment(node)) {
                leading = false;
                preamble &= node instanceof Paragraph;
            }
        }
        if (first != null) {
            String written = text.apply(first);
            boolean template = TemplateSyntax.isIn(first.getChars());
            if (first.getLevel() == 1 && (leading || preamble)
                    && (template || leading || declared == null || declared.equalsIgnoreCase(written))) {
                first.unlink();
                if (template || written.isEmpty()) {
                    return new PageTitle(declared != null ? declared : fallback(section, document, text), null);
                }
                return new PageTitle(declared != null ? declared : written, written);
            }
            if (declared == null && leading && !template && !written.isEmpty()) {
                first.unlink();
                return new PageTitle(written, null);
            }
        }
        return new PageTitle(declared != null ? declared : fallback(section, document, text), null);
    }

    private static String fallback(Section section, Document document, Function<Node, String> text) {
        String anyLevel = null;
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && !TemplateSyntax.isIn(heading.getChars())) {
                String written = text.apply(heading);
                if (!written.isEmpty() && heading.getLevel() == 1) {
                    return written;
                }
                if (!written.isEmpty() && anyLevel == null) {
                    anyLevel = written;
                }
            }
        }
        return anyLevel != null ? anyLevel : fromFileName(section.source());
    }

    /** {@code incident_commander.md} is "Incident commander"; {@code frontend/README.md} is "Frontend". */
    static String fromFileName(SourceFile source) {
        String name = source.baseName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("readme") || lower.equals("index") || lower.equals("_index")) {
            String folder = source.folder();
            if (!folder.isEmpty()) {
                name = folder.substring(folder.lastIndexOf('/') + 1);
            }
        }
        String words = name.replaceAll("[_\\-\\s]+", " ").trim();
        if (words.isEmpty()) {
            return name;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static boolean isComment(Node node) {
        if (node instanceof HtmlCommentBlock) {
            return true;
        }
        if (node instanceof HtmlBlock) {
            String html = node.getChars().toString().trim();
            return html.startsWith("<!--") && html.endsWith("-->");
        }
        return false;
    }
}
