package org.drplan.config;

import java.util.Locale;

/** How unresolved internal links are treated. */
public enum LinkCheck {
    /** An unresolved link fails the build. */
    ERROR,
    /** An unresolved link is reported as a warning and rendered visibly broken; the bundle is still made. */
    WARN;

    public static LinkCheck parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("linkCheck must be 'error' or 'warn', not '" + text + "'");
        }
    }
}
