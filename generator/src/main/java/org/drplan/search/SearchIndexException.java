package org.drplan.search;

/** lunr or the JavaScript engine failed: a bundle whose search would not work must not be shipped. */
public final class SearchIndexException extends RuntimeException {
    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
