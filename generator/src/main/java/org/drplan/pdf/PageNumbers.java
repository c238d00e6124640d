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

    /**
     * A guess for the first pass over the parts, which only learns where everything lands: each part as many pages
     * as {@code pagesGuess} says, each id on its part's first page. The numbers it writes are about as wide as the
     * real ones, so that the real ones seldom move a line.
     */
    static PageNumbers guess(int[] pagesGuess, Map<String, Integer> partOfId) {
        Map<String, Place> places = new HashMap<>();
        partOfId.forEach((id, part) -> places.put(id, new Place(part, 0, 0)));
        return new PageNumbers(places, pagesGuess);
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

    /** The page the id is on in the whole document; empty when the document has no such id. */
    String pageText(String id) {
        Place place = places.get(id);
        return place == null ? "" : String.valueOf(firstPage(place.part()) + place.page());
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
