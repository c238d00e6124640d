package org.drplan.search;

import java.util.List;

/** The fields a part is indexed under, with their boosts: a word in a title matters more than one in a paragraph. */
public final class SearchFields {

    /** An indexed field and its boost. */
    public record Field(String name, double boost) {
    }

    public static final List<Field> ALL = List.of(new Field("title", 10), new Field("headings", 4),
            new Field("tags", 5), new Field("roles", 3), new Field("steps", 2), new Field("body", 1));

    private SearchFields() {
    }
}
