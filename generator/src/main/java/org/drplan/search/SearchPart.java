package org.drplan.search;

import java.util.Map;

/**
 * One searchable part of a section: its introduction (with the section's title, tags and, on the team section, its
 * roles) or one of its {@code ##}/{@code ###} headings with the text under it. Every word of a section is in exactly
 * one part, so a query matches a section when its parts together hold every query word, and a hit opens the part
 * that holds most of them.
 *
 * @param section index of the section in plan order
 * @param url     bundle path with anchor, e.g. {@code procedures/restore-db.html#verify}
 * @param title   what a result shows as its title: the section title, or the heading's text
 * @param label   where it is: "Recovery procedures" or "Recovery procedures › Restore the database"
 * @param fields  the text of each indexed field ({@link SearchFields})
 * @param excerpt the text a result's excerpt is cut from
 */
public record SearchPart(int section, String url, String title, String label, Map<String, String> fields,
                         String excerpt) {

    public SearchPart {
        fields = Map.copyOf(fields);
    }
}
