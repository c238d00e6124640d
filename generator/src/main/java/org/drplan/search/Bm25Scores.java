package org.drplan.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.drplan.search.lunr.LunrWords;

/**
 * Every word and identifier of the parts with its postings: the parts that hold it, in order, each with its score —
 * lunr's BM25 (k1 1.2, b 0.75, lunr's idf) per field, times the field's boost, summed over the fields. Parts are
 * counted and scored on every core; only the document frequencies and the postings are gathered in one thread.
 */
final class Bm25Scores {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int FIELDS = SearchFields.ALL.size();
    private static final ThreadLocal<LunrWords> LUNR = ThreadLocal.withInitial(LunrWords::new);

    /** The parts that hold a term, ascending, and its score in each. */
    static final class Postings {
        private int size;
        private int[] parts = new int[4];
        private double[] scores = new double[4];

        void add(int part, double score) {
            if (size == parts.length) {
                parts = Arrays.copyOf(parts, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            parts[size] = part;
            scores[size++] = score;
        }

        int size() {
            return size;
        }

        int part(int i) {
            return parts[i];
        }

        double score(int i) {
            return scores[i];
        }
    }

    /** One part's terms: per field, each word's and identifier's count and the field's length in words. */
    private record Counted(List<Map<String, Integer>> words, List<Map<String, Integer>> ids, int[] lengths,
                           Map<String, String> stems, Set<String> distinctWords, Set<String> distinctIds) {
    }

    private final Map<String, Postings> words = new HashMap<>();
    private final Map<String, Postings> ids = new HashMap<>();
    private final Map<String, String> stems = new HashMap<>();

    static Bm25Scores of(List<SearchPart> parts) {
        Bm25Scores result = new Bm25Scores();
        result.score(parts);
        return result;
    }

    Map<String, Postings> words() {
        return words;
    }

    Map<String, Postings> ids() {
        return ids;
    }

    /** The stem of each word, when it differs from the word. */
    Map<String, String> stems() {
        return stems;
    }

    private void score(List<SearchPart> parts) {
        List<Counted> counted = IntStream.range(0, parts.size()).parallel().mapToObj(p -> count(parts.get(p)))
                .toList();
        Map<String, Integer> wordFrequency = new HashMap<>();
        Map<String, Integer> idFrequency = new HashMap<>();
        double[] average = new double[FIELDS];
        for (Counted part : counted) {
            part.distinctWords().forEach(w -> wordFrequency.merge(w, 1, Integer::sum));
            part.distinctIds().forEach(i -> idFrequency.merge(i, 1, Integer::sum));
            for (int f = 0; f < FIELDS; f++) {
                average[f] += part.lengths()[f];
            }
            part.stems().forEach(stems::putIfAbsent);
        }
        for (int f = 0; f < FIELDS; f++) {
            average[f] = parts.isEmpty() ? 1 : Math.max(1, average[f] / parts.size());
        }
        int n = parts.size();
        List<Map<String, Double>> wordScores = IntStream.range(0, n).parallel()
                .mapToObj(p -> scores(counted.get(p).words(), counted.get(p).lengths(), wordFrequency, n, average))
                .toList();
        List<Map<String, Double>> idScores = IntStream.range(0, n).parallel()
                .mapToObj(p -> scores(counted.get(p).ids(), counted.get(p).lengths(), idFrequency, n, average))
                .toList();
        for (int p = 0; p < n; p++) {
            int part = p;
            wordScores.get(p).forEach((term, score) -> words.computeIfAbsent(term, t -> new Postings())
                    .add(part, score));
            idScores.get(p).forEach((term, score) -> ids.computeIfAbsent(term, t -> new Postings()).add(part, score));
        }
    }

    private static Counted count(SearchPart part) {
        LunrWords lunr = LUNR.get();
        List<Map<String, Integer>> words = new ArrayList<>(FIELDS);
        List<Map<String, Integer>> ids = new ArrayList<>(FIELDS);
        int[] lengths = new int[FIELDS];
        Map<String, String> stems = new HashMap<>();
        for (int f = 0; f < FIELDS; f++) {
            String text = part.fields().getOrDefault(SearchFields.ALL.get(f).name(), "");
            Map<String, Integer> counts = new HashMap<>();
            List<LunrWords.Word> fieldWords = lunr.words(text);
            for (LunrWords.Word word : fieldWords) {
                counts.merge(word.word(), 1, Integer::sum);
                if (!word.stem().equals(word.word())) {
                    stems.putIfAbsent(word.word(), word.stem());
                }
            }
            Map<String, Integer> idCounts = new HashMap<>();
            for (String id : Identifiers.of(text)) {
                idCounts.merge(id, 1, Integer::sum);
            }
            lengths[f] = fieldWords.size();
            words.add(counts);
            ids.add(idCounts);
        }
        return new Counted(words, ids, lengths, stems, partTerms(words), partTerms(ids));
    }

    /** The distinct terms of a part, over its fields. */
    private static Set<String> partTerms(List<Map<String, Integer>> fields) {
        Set<String> terms = new HashSet<>();
        fields.forEach(m -> terms.addAll(m.keySet()));
        return terms;
    }

    private static Map<String, Double> scores(List<Map<String, Integer>> fields, int[] lengths,
                                              Map<String, Integer> frequency, int partCount, double[] average) {
        Map<String, Double> scores = new HashMap<>();
        for (int f = 0; f < FIELDS; f++) {
            double boost = SearchFields.ALL.get(f).boost();
            double norm = K1 * (1 - B + B * lengths[f] / average[f]);
            fields.get(f).forEach((term, tf) -> {
                int df = frequency.get(term);
                // lunr.idf: log(1 + |(N - df + 0.5) / (df + 0.5)|)
                double idf = Math.log(1 + Math.abs((partCount - df + 0.5) / (df + 0.5)));
                scores.merge(term, boost * idf * (K1 + 1) * tf / (norm + tf), Double::sum);
            });
        }
        return scores;
    }
}
