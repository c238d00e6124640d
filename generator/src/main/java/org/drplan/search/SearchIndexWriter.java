package org.drplan.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.drplan.json.JsonText;
import org.drplan.search.lunr.PorterStemmer;
import org.drplan.search.lunr.TermPostings;

/**
 * Stage 7: the bundle's search data under {@code assets/search/}, cut so that a query loads only what it needs.
 * The terms and scores come from two genuine lunr 2.3.9 indexes ({@link SearchTerms}, built by the chosen
 * {@link SearchIndexer}): words as lunr's pipeline makes them (tokenizer, trimmer, stop words; the Porter stem
 * written beside each word) and identifiers (host names, error codes, addresses: tokens with {@code - _ . / : @}
 * inside) whole, each scored with lunr's BM25 and field boosts, one document per part. Files, each a script that hands its
 * data to {@code drplanSearch.load} (script tags load from file://, fetch does not):
 * <ul>
 *   <li>{@code index.js}: how many parts each section has, which chunks exist, which chunk keys were split;</li>
 *   <li>{@code w-<key>.js}, {@code i-<key>.js}: the words, identifiers starting with the key ({@link SearchChunks}),
 *       each with its stem and its postings {@code [part, score, part, score, ...]} (parts as differences from the
 *       previous one, scores in hundredths);</li>
 *   <li>{@code b-<key>.js}, {@code e-<key>.js}: the words of {@link #MIN_TYPO_TARGET}+ characters once more, without
 *       postings, cut by how they begin and, spelled backwards, by how they end: a typed word that matches nothing
 *       finds the words one typo away in its two lists, so a typo among its first letters, which name its chunk, is
 *       found by its ending; these lists are small, so their keys stay short;</li>
 *   <li>{@code m-<n>.js}: what a result shows of parts n*20 to n*20+19: title, where (0: as the part before), URL,
 *       the text its excerpt is cut from.</li>
 * </ul>
 */
public final class SearchIndexWriter {

    /** Where the files go in the bundle. */
    public static final String FOLDER = "assets/search/";
    /** Parts per metadata file. */
    static final int META_SIZE = 20;
    /** Characters of a part's text kept for its excerpt. */
    static final int MAX_EXCERPT_SOURCE = 480;
    /** A longer term is no word anybody types (a pasted key or blob): it is left out, and said. */
    public static final int MAX_TERM_CHARS = 1_000;
    /** The shortest word a typo can lead to: the browser looks for typos in words of 5+ characters. */
    static final int MIN_TYPO_TARGET = 4;

    /**
     * The search files by bundle path, and the terms left out for their length.
     *
     * @param leftOut each term too long to search for, with the first part that holds it
     */
    public record SearchFiles(Map<String, String> files, List<LeftOut> leftOut) {
    }

    /** A term left out of the search files: its first characters, its length and the first part holding it. */
    public record LeftOut(String start, int length, int part) {
    }

    private final SearchIndexer indexer;

    public SearchIndexWriter(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    /** The search data, by bundle path, and what was left out of it. */
    public SearchFiles write(List<SearchPart> parts) {
        SearchTerms terms = SearchTerms.of(parts, indexer);
        Map<String, String> files = new LinkedHashMap<>();
        List<LeftOut> leftOut = new ArrayList<>();
        List<TermPostings> words = searchable(terms.words(), leftOut::add);
        SearchChunks wordChunks = chunkFiles("w-", entries(words, true), files);
        SearchChunks idChunks = chunkFiles("i-", entries(searchable(terms.ids(), left -> { }), false), files);
        SearchChunks beginnings = wordListFiles("b-", words, UnaryOperator.identity(), files);
        SearchChunks endings = wordListFiles("e-", words, t -> new StringBuilder(t).reverse().toString(), files);
        for (int from = 0; from < parts.size(); from += META_SIZE) {
            String name = "m-" + from / META_SIZE;
            files.put(FOLDER + name + ".js", script(name, meta(parts.subList(from, Math.min(parts.size(),
                    from + META_SIZE)))));
        }
        files.put(FOLDER + "index.js", script("index", index(parts, wordChunks, idChunks, beginnings, endings)));
        return new SearchFiles(files, leftOut);
    }

    /**
     * The terms short enough to be typed; each longer one goes to {@code leftOut} (once: a long word is a long
     * identifier too).
     */
    private static List<TermPostings> searchable(List<TermPostings> terms, Consumer<LeftOut> leftOut) {
        List<TermPostings> kept = new ArrayList<>(terms.size());
        for (TermPostings term : terms) {
            if (term.term().length() <= MAX_TERM_CHARS) {
                kept.add(term);
            } else {
                leftOut.accept(new LeftOut(term.term().substring(0, 24), term.term().length(), term.documents()[0]));
            }
        }
        return kept;
    }

    /** Writes the chunk files of the terms (term to its entry, in term order) and says how they were cut. */
    private static SearchChunks chunkFiles(String prefix, Map<String, String> entries, Map<String, String> files) {
        SearchChunks chunks = SearchChunks.of(entries.keySet(), term -> entries.get(term).length());
        chunks.chunks().forEach((key, terms) -> files.put(FOLDER + prefix + fileKey(key) + ".js",
                script(prefix + fileKey(key), terms.stream().map(entries::get)
                        .collect(Collectors.joining(",\n", "[", "]")))));
        return chunks;
    }

    /** Writes the words that a typo may stand for, cut by their {@code key} (the word, or the word backwards). */
    private static SearchChunks wordListFiles(String prefix, List<TermPostings> words, UnaryOperator<String> key,
            Map<String, String> files) {
        Map<String, String> byKey = new TreeMap<>();
        for (TermPostings word : words) {
            if (word.term().codePointCount(0, word.term().length()) >= MIN_TYPO_TARGET) {
                byKey.put(key.apply(word.term()), JsonText.quote(word.term()));
            }
        }
        SearchChunks chunks = SearchChunks.of(byKey.keySet(), k -> byKey.get(k).length() + 1);
        chunks.chunks().forEach((chunk, keys) -> files.put(FOLDER + prefix + fileKey(chunk) + ".js",
                script(prefix + fileKey(chunk), keys.stream().map(byKey::get)
                        .collect(Collectors.joining(",", "[", "]")))));
        return chunks;
    }

    /** A chunk key as a file name: ASCII letters and digits as they are, anything else as {@code _xxxx}. */
    static String fileKey(String key) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                name.append(c);
            } else {
                name.append(String.format(Locale.ROOT, "_%04x", (int) c));
            }
        }
        return name.toString();
    }

    /**
     * Each term's entry, in term order: {@code ["term", "stem" or 0, [part delta, score in hundredths, ...]]}; the
     * stem is 0 for identifiers and for a word that is its own stem.
     */
    private static Map<String, String> entries(List<TermPostings> postings, boolean stemmed) {
        List<String> entries = postings.parallelStream().map(t -> entry(t, stemmed)).toList();
        Map<String, String> byTerm = new LinkedHashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            byTerm.put(postings.get(i).term(), entries.get(i));
        }
        return byTerm;
    }

    private static String entry(TermPostings postings, boolean stemmed) {
        // lunr's stemmer, as the browser stems a query word
        String stem = stemmed ? PorterStemmer.stem(postings.term()) : postings.term();
        int[] parts = postings.documents();
        StringBuilder json = new StringBuilder(16 + 8 * parts.length);
        json.append('[').append(JsonText.quote(postings.term())).append(',')
                .append(stem.equals(postings.term()) ? "0" : JsonText.quote(stem)).append(",[");
        int previous = 0;
        for (int i = 0; i < parts.length; i++) {
            json.append(i == 0 ? "" : ",").append(parts[i] - previous).append(',')
                    .append(Math.max(1, Math.round(postings.scores()[i] * 100)));
            previous = parts[i];
        }
        return json.append("]]").toString();
    }

    /** What results show of these parts; a label is 0 when it is the same as the part before's. */
    private static String meta(List<SearchPart> parts) {
        StringBuilder json = new StringBuilder("[");
        String previousLabel = null;
        for (SearchPart part : parts) {
            if (json.length() > 1) {
                json.append(",\n");
            }
            json.append('[').append(JsonText.quote(part.title())).append(',')
                    .append(part.label().equals(previousLabel) ? "0" : JsonText.quote(part.label()))
                    .append(',').append(JsonText.quote(part.url())).append(',')
                    .append(JsonText.quote(excerptSource(part.excerpt()))).append(']');
            previousLabel = part.label();
        }
        return json.append(']').toString();
    }

    /** The start of a part's text, cut at a space, that a result's excerpt is taken from. */
    static String excerptSource(String text) {
        if (text.length() <= MAX_EXCERPT_SOURCE) {
            return text;
        }
        int space = text.lastIndexOf(' ', MAX_EXCERPT_SOURCE);
        int end = space > MAX_EXCERPT_SOURCE / 2 ? space : MAX_EXCERPT_SOURCE;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String index(List<SearchPart> parts, SearchChunks words, SearchChunks ids, SearchChunks beginnings,
            SearchChunks endings) {
        List<Integer> perSection = new ArrayList<>();
        for (SearchPart part : parts) {
            while (perSection.size() <= part.section()) {
                perSection.add(0);
            }
            perSection.set(part.section(), perSection.get(part.section()) + 1);
        }
        StringBuilder json = new StringBuilder("{\"version\":1,\"metaSize\":").append(META_SIZE)
                .append(",\"partsPerSection\":").append(perSection.toString().replace(" ", ""));
        appendChunks(json, "words", "wordSplits", words);
        appendChunks(json, "ids", "idSplits", ids);
        appendChunks(json, "beginnings", "beginningSplits", beginnings);
        appendChunks(json, "endings", "endingSplits", endings);
        return json.append('}').toString();
    }

    /** {@code ,"keys":[...],"splits":[...]}: which chunk files exist and which keys were split. */
    private static void appendChunks(StringBuilder json, String keys, String splits, SearchChunks chunks) {
        json.append(",\"").append(keys).append("\":[");
        appendKeys(json, chunks.chunks().keySet());
        json.append("],\"").append(splits).append("\":[");
        appendKeys(json, chunks.splitKeys());
        json.append(']');
    }

    private static void appendKeys(StringBuilder json, Iterable<String> keys) {
        boolean first = true;
        for (String key : keys) {
            json.append(first ? "" : ",").append(JsonText.quote(fileKey(key)));
            first = false;
        }
    }

    private static String script(String name, String data) {
        return "drplanSearch.load(" + JsonText.quote(name) + ", " + data + ");\n";
    }
}
