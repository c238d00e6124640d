package org.drplan.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the ids of a plan laid out in parts landed: each id's part, page in the part and height on the page, and
 * each part's number of pages; from these, the page number of every id in the whole document.
 */
final class PageNumbers {

    /** Where an id landed: its part, its page in the part (from 0), the top of its box in PDF points. */
    record Place(int part, int page, float top) {
    }

    private final Map<String, Place> places;
    private final int[] partPages;

    PageNumbers(Map<String, Place> places, int[] partPages) {
        this.places = Map.copyOf(places);
        this.partPages = partPages.clone();
    }

    /** Nothing known yet: the first pass over the parts. */
    static PageNumbers unknown(int parts) {
        return new PageNumbers(new HashMap<>(), new int[parts]);
    }

    Place place(String id) {
        return places.get(id);
    }

    /** The first page of the part, counted from 1 in the whole document. */
    int firstPage(int part) {
        return Arrays.stream(partPages, 0, part).sum() + 1;
    }

    int total() {
        return Arrays.stream(partPages).sum();
    }

    /** The page the id is on in the whole document, or a stand-in of about the right width while it is unknown. */
    String pageText(String id, int part) {
        Place place = places.get(id);
        return String.valueOf(place == null ? Math.max(firstPage(part), total()) : firstPage(place.part())
                + place.page());
    }

    /** Whether both put every id on the same page and give each part as many pages. */
    boolean samePages(PageNumbers other) {
        if (!Arrays.equals(partPages, other.partPages) || !places.keySet().equals(other.places.keySet())) {
            return false;
        }
        return places.entrySet().stream().allMatch(e -> {
            Place mine = e.getValue();
            Place theirs = other.places.get(e.getKey());
            return mine.part() == theirs.part() && mine.page() == theirs.page();
        });
    }
}
