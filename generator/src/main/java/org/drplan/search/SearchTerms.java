package org.drplan.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.drplan.search.lunr.Analysis;
import org.drplan.search.lunr.TermPostings;

/**
 * The words and the identifiers of the parts, each with the parts that hold it and its score in each: two lunr
 * indexes over the same parts (one document per part), built by the chosen {@link SearchIndexer} side by side.
 * Words are lunr's (tokenizer, trimmer, stop words), not stemmed, each with its Porter stem beside it; identifiers
 * ({@link Identifiers}) are indexed whole. A score is lunr's BM25 (k1 1.2, b 0.75, lunr's idf) times the field's
 * boost, summed over the part's fields.
 */
final class SearchTerms {

    private final List<TermPostings> words;
    private final List<TermPostings> ids;

    private SearchTerms(List<TermPostings> words, List<TermPostings> ids) {
        this.words = words;
        this.ids = ids;
    }

    static SearchTerms of(List<SearchPart> parts, SearchIndexer indexer) {
        List<Map<String, String>> wordDocuments = parts.stream().map(SearchPart::fields).toList();
        CompletableFuture<LunrIndex> idIndex = CompletableFuture.supplyAsync(
                () -> indexer.index(Analysis.SPACE_SEPARATED, identifierDocuments(parts)));
        LunrIndex wordIndex = indexer.index(Analysis.WORDS, wordDocuments);
        try {
            // A token the trimmer empties is lunr's term "": nobody can type it.
            return new SearchTerms(wordIndex.postings().stream().filter(t -> !t.term().isEmpty()).toList(),
                    idIndex.join().postings());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The parts as documents of their identifiers. */
    static List<Map<String, String>> identifierDocuments(List<SearchPart> parts) {
        return parts.parallelStream().map(SearchTerms::identifiers).toList();
    }

    /** A part as its identifiers: per field, the field's identifiers separated by spaces. */
    private static Map<String, String> identifiers(SearchPart part) {
        Map<String, String> fields = new HashMap<>();
        part.fields().forEach((name, text) -> fields.put(name, String.join(" ", Identifiers.of(text))));
        return fields;
    }

    /** The words, in JavaScript's sort order. */
    List<TermPostings> words() {
        return words;
    }

    /** The identifiers, in JavaScript's sort order. */
    List<TermPostings> ids() {
        return ids;
    }
}
