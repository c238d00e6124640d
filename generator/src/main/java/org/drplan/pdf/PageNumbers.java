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
    private final int guess;

    PageNumbers(Map<String, Place> places, int[] partPages) {
        this(places, partPages, 0);
    }

    private PageNumbers(Map<String, Place> places, int[] partPages, int guess) {
        this.places = Map.copyOf(places);
        this.partPages = partPages.clone();
        this.guess = guess;
    }

    /**
     * Nothing known yet: the first pass over the parts, which only learns where everything lands. Each number it
     * writes is {@code pagesGuess}, about as wide as the real one.
     */
    static PageNumbers unknown(int parts, int pagesGuess) {
        return new PageNumbers(new HashMap<>(), new int[parts], Math.max(pagesGuess, 1));
    }

    Place place(String id) {
        return places.get(id);
    }

    /** The first page of the part, counted from 1 in the whole document. */
    int firstPage(int part) {
        return Arrays.stream(partPages, 0, part).sum() + 1;
    }

    int total() {
        return Math.max(guess, Arrays.stream(partPages).sum());
    }

    /** The page the id is on in the whole document, or a stand-in of about the right width while it is unknown. */
    String pageText(String id, int part) {
        Place place = places.get(id);
        return String.valueOf(place == null ? guess : firstPage(place.part()) + place.page());
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
