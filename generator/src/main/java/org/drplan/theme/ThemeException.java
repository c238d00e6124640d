package org.drplan.theme;

/** A template that cannot be loaded or fails while rendering; the message names the template and line. */
public final class ThemeException extends RuntimeException {
    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
