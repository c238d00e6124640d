package org.drplan.markdown;

import java.util.HashSet;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Makes the heading ids flexmark generated unique on the page: an id the layout uses ({@link LayoutIds}) gets
 * {@code -section} after it, and an id taken already (by the author's HTML, or by an earlier heading: the third
 * "Verify" is {@code verify-2}, so a later "Verify 2" becomes {@code verify-2-2}) gets {@code -2}, {@code -3}, ...
 */
final class PageIds {

    private PageIds() {
    }

    static void assign(Document document, Set<String> authorIds) {
        Set<String> used = new HashSet<>(authorIds);
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && !heading.getAnchorRefId().isEmpty()) {
                String id = heading.getAnchorRefId();
                String free = LayoutIds.isReserved(id) ? id + "-section" : id;
                String unique = free;
                for (int n = 2; !used.add(unique); n++) {
                    unique = free + "-" + n;
                }
                heading.setAnchorRefId(unique);
            }
        }
    }
}
