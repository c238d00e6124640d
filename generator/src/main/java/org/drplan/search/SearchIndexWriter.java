package org.drplan.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.drplan.search.internal.JsonText;
import org.drplan.search.lunr.LunrWords;

/**
 * Stage 7: the bundle's search data under {@code assets/search/}, cut so that a query loads only what it needs.
 * Words are indexed as lunr's pipeline makes them (tokenizer, trimmer, stop words, Porter stemmer) and scored with
 * lunr's BM25 (k1 1.2, b 0.75, lunr's idf) and field boosts, once per part; identifiers (host names, error codes,
 * addresses: tokens with {@code - _ . / : @} inside) are indexed whole as well. Files, each a script that hands its
 * data to {@code drplanSearch.load} (script tags load from file://, fetch does not):
 * <ul>
 *   <li>{@code index.js}: how many parts each section has, which chunks exist;</li>
 *   <li>{@code w-<key>.js}, {@code i-<key>.js}: the words, identifiers starting with the key (their first two
 *       characters), each with its stem and its postings {@code [part, score, part, score, ...]} (parts as
 *       differences from the previous one, scores in hundredths);</li>
 *   <li>{@code m-<n>.js}: what a result shows of parts n*50 to n*50+49: title, where, URL, excerpt text.</li>
 * </ul>
 */
public final class SearchIndexWriter {

    /** Where the files go in the bundle. */
    public static final String FOLDER = "assets/search/";
    /** Parts per metadata file. */
    static final int META_SIZE = 50;
    /** Characters of a part's text kept for its excerpt. */
    static final int MAX_EXCERPT_SOURCE = 600;

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** The search data, by bundle path. */
    public Map<String, String> write(List<SearchPart> parts) {
        Map<String, Map<Integer, Double>> wordPostings = new TreeMap<>();
        Map<String, String> stems = new HashMap<>();
        Map<String, Map<Integer, Double>> idPostings = new TreeMap<>();
        score(parts, wordPostings, stems, idPostings);
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<String>> wordChunks = chunks(wordPostings.keySet());
        Map<String, List<String>> idChunks = chunks(idPostings.keySet());
        wordChunks.forEach((key, words) -> files.put(FOLDER + "w-" + fileKey(key) + ".js",
                script("w-" + fileKey(key), entries(words, wordPostings, stems))));
        idChunks.forEach((key, ids) -> files.put(FOLDER + "i-" + fileKey(key) + ".js",
                script("i-" + fileKey(key), entries(ids, idPostings, Map.of()))));
        for (int from = 0; from < parts.size(); from += META_SIZE) {
            String name = "m-" + from / META_SIZE;
            files.put(FOLDER + name + ".js", script(name, meta(parts.subList(from, Math.min(parts.size(),
                    from + META_SIZE)))));
        }
        files.put(FOLDER + "index.js", script("index", index(parts, wordChunks.keySet(), idChunks.keySet())));
        return files;
    }

    /** BM25 per word (and identifier) per part, summed over the fields with their boosts. */
    private static void score(List<SearchPart> parts, Map<String, Map<Integer, Double>> words,
                              Map<String, String> stems, Map<String, Map<Integer, Double>> ids) {
        LunrWords lunr = new LunrWords();
        int fieldCount = SearchFields.ALL.size();
        List<List<Map<String, Integer>>> wordCounts = new ArrayList<>();
        List<List<Map<String, Integer>>> idCounts = new ArrayList<>();
        double[] totalLength = new double[fieldCount];
        int[][] lengths = new int[parts.size()][fieldCount];
        Map<String, Integer> wordParts = new HashMap<>();
        Map<String, Integer> idParts = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            List<Map<String, Integer>> partWords = new ArrayList<>();
            List<Map<String, Integer>> partIds = new ArrayList<>();
            java.util.Set<String> seenWords = new java.util.HashSet<>();
            java.util.Set<String> seenIds = new java.util.HashSet<>();
            for (int f = 0; f < fieldCount; f++) {
                String text = parts.get(p).fields().getOrDefault(SearchFields.ALL.get(f).name(), "");
                Map<String, Integer> counts = new HashMap<>();
                List<LunrWords.Word> fieldWords = lunr.words(text);
                for (LunrWords.Word word : fieldWords) {
                    counts.merge(word.word(), 1, Integer::sum);
                    stems.putIfAbsent(word.word(), word.stem());
                    seenWords.add(word.word());
                }
                Map<String, Integer> idCount = new HashMap<>();
                for (String id : Identifiers.of(text)) {
                    idCount.merge(id, 1, Integer::sum);
                    seenIds.add(id);
                }
                lengths[p][f] = fieldWords.size();
                totalLength[f] += fieldWords.size();
                partWords.add(counts);
                partIds.add(idCount);
            }
            seenWords.forEach(w -> wordParts.merge(w, 1, Integer::sum));
            seenIds.forEach(i -> idParts.merge(i, 1, Integer::sum));
            wordCounts.add(partWords);
            idCounts.add(partIds);
        }
        double[] average = new double[fieldCount];
        for (int f = 0; f < fieldCount; f++) {
            average[f] = parts.isEmpty() ? 1 : Math.max(1, totalLength[f] / parts.size());
        }
        for (int p = 0; p < parts.size(); p++) {
            for (int f = 0; f < fieldCount; f++) {
                double boost = SearchFields.ALL.get(f).boost();
                double norm = K1 * (1 - B + B * lengths[p][f] / average[f]);
                add(words, wordCounts.get(p).get(f), wordParts, parts.size(), p, boost, norm);
                add(ids, idCounts.get(p).get(f), idParts, parts.size(), p, boost, norm);
            }
        }
    }

    private static void add(Map<String, Map<Integer, Double>> postings, Map<String, Integer> counts,
                            Map<String, Integer> partFrequency, int partCount, int part, double boost, double norm) {
        counts.forEach((term, tf) -> {
            int df = partFrequency.get(term);
            // lunr.idf: log(1 + |(N - df + 0.5) / (df + 0.5)|)
            double idf = Math.log(1 + Math.abs((partCount - df + 0.5) / (df + 0.5)));
            double score = boost * idf * (K1 + 1) * tf / (norm + tf);
            postings.computeIfAbsent(term, t -> new TreeMap<>()).merge(part, score, Double::sum);
        });
    }

    /** Terms by chunk key, the first two characters (code points) of the term. */
    private static Map<String, List<String>> chunks(Iterable<String> terms) {
        Map<String, List<String>> chunks = new TreeMap<>();
        for (String term : terms) {
            chunks.computeIfAbsent(key(term), k -> new ArrayList<>()).add(term);
        }
        return chunks;
    }

    static String key(String term) {
        int end = term.offsetByCodePoints(0, Math.min(2, term.codePointCount(0, term.length())));
        return term.substring(0, end);
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

    private static String entries(List<String> terms, Map<String, Map<Integer, Double>> postings,
                                  Map<String, String> stems) {
        StringBuilder json = new StringBuilder("[");
        for (String term : terms) {
            if (json.length() > 1) {
                json.append(",\n");
            }
            String stem = stems.get(term);
            json.append('[').append(JsonText.quote(term)).append(',')
                    .append(stem == null || stem.equals(term) ? "0" : JsonText.quote(stem)).append(",[");
            int previous = 0;
            boolean first = true;
            for (Map.Entry<Integer, Double> posting : postings.get(term).entrySet()) {
                json.append(first ? "" : ",").append(posting.getKey() - previous).append(',')
                        .append(Math.max(1, Math.round(posting.getValue() * 100)));
                previous = posting.getKey();
                first = false;
            }
            json.append("]]");
        }
        return json.append(']').toString();
    }

    private static String meta(List<SearchPart> parts) {
        StringBuilder json = new StringBuilder("[");
        for (SearchPart part : parts) {
            if (json.length() > 1) {
                json.append(",\n");
            }
            String excerpt = part.excerpt().length() > MAX_EXCERPT_SOURCE
                    ? part.excerpt().substring(0, MAX_EXCERPT_SOURCE) : part.excerpt();
            json.append('[').append(JsonText.quote(part.title())).append(',').append(JsonText.quote(part.label()))
                    .append(',').append(JsonText.quote(part.url())).append(',').append(JsonText.quote(excerpt))
                    .append(']');
        }
        return json.append(']').toString();
    }

    private static String index(List<SearchPart> parts, Iterable<String> wordKeys, Iterable<String> idKeys) {
        List<Integer> perSection = new ArrayList<>();
        for (SearchPart part : parts) {
            while (perSection.size() <= part.section()) {
                perSection.add(0);
            }
            perSection.set(part.section(), perSection.get(part.section()) + 1);
        }
        StringBuilder json = new StringBuilder("{\"version\":1,\"metaSize\":").append(META_SIZE)
                .append(",\"partsPerSection\":").append(perSection.toString().replace(" ", ""))
                .append(",\"words\":[");
        appendKeys(json, wordKeys);
        json.append("],\"ids\":[");
        appendKeys(json, idKeys);
        return json.append("]}").toString();
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
