package org.drplan.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * The print document cut into parts of about {@code budget} characters, each a whole HTML document with the print
 * document's head, laid out on its own so that memory holds one part's layout however long the plan is. The document
 * is read as a stream: what has been cut off is let go. Parts are cut between the children of {@code <body>} (the
 * cover, the contents, each section, each appendix); a child larger than a part (the checklist of a long plan) is cut
 * between its own children, each piece in a copy of it without its id. Elements whose class names a running element
 * ({@code running-footer}, {@code running-header}) are repeated in every part they belong to. The {@code <bookmarks>}
 * of the head are taken out as the {@link PdfOutline}: bookmarks are made for the whole document once it is merged.
 */
final class PrintParts {

    private final int budget;
    private final List<byte[]> parts = new ArrayList<>();
    private final List<String> bodyRunning = new ArrayList<>();
    private final List<String> buffer = new ArrayList<>();
    private final List<String> containerRunning = new ArrayList<>();
    private String documentOpen = "<!DOCTYPE html><html>";
    private String head = "<head></head>";
    private PdfOutline outline = PdfOutline.EMPTY;
    private StringBuilder part = new StringBuilder();
    private int buffered;
    private Element openContainer;

    private PrintParts(int budget) {
        this.budget = budget;
    }

    /** The parts (UTF-8 HTML documents) of {@code html} and its outline. */
    static Split split(String html, int budget) {
        PrintParts cutter = new PrintParts(budget);
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(html, BundleResources.BASE)) {
            Element root = parser.document().root();
            Iterator<Element> elements = parser.iterator();
            while (elements.hasNext()) {
                cutter.complete(elements.next(), root);
            }
        }
        cutter.finishPart();
        return new Split(List.copyOf(cutter.parts), cutter.outline);
    }

    /** The parts and the bookmarks of the whole document. */
    record Split(List<byte[]> parts, PdfOutline outline) {
    }

    private void complete(Element element, Element root) {
        Element parent = element.parent();
        if (element.nameIs("head")) {
            element.select("bookmarks").forEach(bookmarks -> {
                outline = PdfOutline.of(bookmarks);
                bookmarks.remove();
            });
            head = element.outerHtml();
            Element html = element.parent() == null ? root : element.parent();
            documentOpen = "<!DOCTYPE html>" + open(html, true);
            element.remove();
        } else if (parent != null && parent.nameIs("body")) {
            bodyChild(element);
        } else if (parent != null && parent.parent() != null && parent.parent().nameIs("body")
                && !parent.nameIs("bookmarks")) {
            grandChild(parent, element);
        }
    }

    private void bodyChild(Element element) {
        if (element.nameIs("bookmarks")) {
            // The HTML parser moves <bookmarks>, which it does not know, from the head to the body.
            outline = PdfOutline.of(element);
        } else if (running(element) && openContainer == null && buffer.isEmpty()) {
            bodyRunning.add(element.outerHtml());
        } else if (openContainer == element) {
            buffer.forEach(part::append);
            part.append(close(element));
            openContainer = null;
        } else {
            StringBuilder unit = new StringBuilder(open(element, true));
            buffer.forEach(unit::append);
            unit.append(element.html()).append(close(element));
            if (part.length() > 0 && part.length() + unit.length() > budget) {
                finishPart();
            }
            part.append(unit);
        }
        buffer.clear();
        buffered = 0;
        containerRunning.clear();
        element.remove();
    }

    private void grandChild(Element container, Element child) {
        String html = child.outerHtml();
        child.remove();
        if (running(child)) {
            containerRunning.add(html);
        }
        if (openContainer == container) {
            if (part.length() + html.length() > budget) {
                part.append(close(container));
                finishPart();
                part.append(open(container, false));
                if (!running(child)) {
                    containerRunning.forEach(part::append);
                }
            }
            part.append(html);
            return;
        }
        buffer.add(html);
        buffered += html.length();
        if (buffered > budget) {
            // A child of the body larger than a part: from here on it is cut between its own children.
            if (part.length() > 0) {
                finishPart();
            }
            part.append(open(container, true));
            buffer.forEach(part::append);
            buffer.clear();
            buffered = 0;
            openContainer = container;
        }
    }

    private void finishPart() {
        if (part.length() == 0) {
            return;
        }
        StringBuilder document = new StringBuilder(documentOpen).append(head).append("<body>");
        bodyRunning.forEach(document::append);
        document.append(part).append("</body></html>");
        parts.add(document.toString().getBytes(StandardCharsets.UTF_8));
        part = new StringBuilder();
    }

    private static boolean running(Element element) {
        return element.className().contains("running-");
    }

    /** The element's start tag; without its id for a continuation, so that ids stay unique. */
    private static String open(Element element, boolean withId) {
        Element shell = element.shallowClone();
        shell.empty();
        if (!withId) {
            shell.removeAttr("id");
        }
        String html = shell.outerHtml();
        return html.substring(0, html.lastIndexOf("</"));
    }

    private static String close(Element element) {
        return "</" + element.tagName() + ">";
    }
}
