package org.drplan.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.drplan.search.internal.JsonText;
import org.drplan.search.lunr.LunrWords;

/**
 * Stage 7: the bundle's search data under {@code assets/search/}, cut so that a query loads only what it needs.
 * Words are indexed as lunr's pipeline makes them (tokenizer, trimmer, stop words, Porter stemmer) and scored with
 * lunr's BM25 (k1 1.2, b 0.75, lunr's idf) and field boosts, once per part; identifiers (host names, error codes,
 * addresses: tokens with {@code - _ . / : @} inside) are indexed whole as well. Files, each a script that hands its
 * data to {@code drplanSearch.load} (script tags load from file://, fetch does not):
 * <ul>
 *   <li>{@code index.js}: how many parts each section has, which chunks exist, which chunk keys were split;</li>
 *   <li>{@code w-<key>.js}, {@code i-<key>.js}: the words, identifiers starting with the key ({@link SearchChunks}),
 *       each with its stem and its postings {@code [part, score, part, score, ...]} (parts as differences from the
 *       previous one, scores in hundredths);</li>
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

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** The search data, by bundle path. */
    public Map<String, String> write(List<SearchPart> parts) {
        Map<String, Map<Integer, Double>> wordPostings = new TreeMap<>();
        Map<String, String> stems = new HashMap<>();
        Map<String, Map<Integer, Double>> idPostings = new TreeMap<>();
        score(parts, wordPostings, stems, idPostings);
        Map<String, String> files = new LinkedHashMap<>();
        SearchChunks wordChunks = chunkFiles("w-", entries(wordPostings, stems), files);
        SearchChunks idChunks = chunkFiles("i-", entries(idPostings, Map.of()), files);
        for (int from = 0; from < parts.size(); from += META_SIZE) {
            String name = "m-" + from / META_SIZE;
            files.put(FOLDER + name + ".js", script(name, meta(parts.subList(from, Math.min(parts.size(),
                    from + META_SIZE)))));
        }
        files.put(FOLDER + "index.js", script("index", index(parts, wordChunks, idChunks)));
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

    /** Writes the chunk files of the terms (term to its entry, in term order) and says how they were cut. */
    private static SearchChunks chunkFiles(String prefix, Map<String, String> entries, Map<String, String> files) {
        SearchChunks chunks = SearchChunks.of(entries.keySet(), term -> entries.get(term).length());
        chunks.chunks().forEach((key, terms) -> files.put(FOLDER + prefix + fileKey(key) + ".js",
                script(prefix + fileKey(key), terms.stream().map(entries::get)
                        .collect(Collectors.joining(",\n", "[", "]")))));
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

    /** Each term's entry: {@code ["term", "stem" or 0, [part delta, score in hundredths, ...]]}. */
    private static Map<String, String> entries(Map<String, Map<Integer, Double>> postings, Map<String, String> stems) {
        Map<String, String> entries = new LinkedHashMap<>();
        postings.forEach((term, termPostings) -> {
            String stem = stems.get(term);
            StringBuilder json = new StringBuilder();
            json.append('[').append(JsonText.quote(term)).append(',')
                    .append(stem == null || stem.equals(term) ? "0" : JsonText.quote(stem)).append(",[");
            int previous = 0;
            boolean first = true;
            for (Map.Entry<Integer, Double> posting : termPostings.entrySet()) {
                json.append(first ? "" : ",").append(posting.getKey() - previous).append(',')
                        .append(Math.max(1, Math.round(posting.getValue() * 100)));
                previous = posting.getKey();
                first = false;
            }
            entries.put(term, json.append("]]").toString());
        });
        return entries;
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

    private static String index(List<SearchPart> parts, SearchChunks words, SearchChunks ids) {
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
        appendKeys(json, words.chunks().keySet());
        json.append("],\"wordSplits\":[");
        appendKeys(json, words.splitKeys());
        json.append("],\"ids\":[");
        appendKeys(json, ids.chunks().keySet());
        json.append("],\"idSplits\":[");
        appendKeys(json, ids.splitKeys());
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
