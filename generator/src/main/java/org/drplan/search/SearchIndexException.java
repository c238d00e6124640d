package org.drplan.search;

/** The search index could not be built. */
public final class SearchIndexException extends RuntimeException {

    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
