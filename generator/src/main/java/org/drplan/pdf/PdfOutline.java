package org.drplan.pdf;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/** The bookmarks of the print document ({@code <bookmarks>} in its head): names, targets, nesting. */
record PdfOutline(List<Bookmark> bookmarks) {

    static final PdfOutline EMPTY = new PdfOutline(List.of());

    /** One bookmark: its name, the id it leads to (without {@code #}) and its children. */
    record Bookmark(String name, String target, List<Bookmark> children) {
    }

    static PdfOutline of(Element bookmarks) {
        return new PdfOutline(children(bookmarks));
    }

    private static List<Bookmark> children(Element parent) {
        List<Bookmark> children = new ArrayList<>();
        for (Element bookmark : parent.children()) {
            if (bookmark.nameIs("bookmark")) {
                children.add(new Bookmark(bookmark.attr("name"), bookmark.attr("href").replaceFirst("^#", ""),
                        children(bookmark)));
            }
        }
        return List.copyOf(children);
    }
}
