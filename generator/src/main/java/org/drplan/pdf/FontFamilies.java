package org.drplan.pdf;

import java.util.Locale;

/** Which of the PDF's three families stands in for a CSS font-family list an SVG drawing names. */
final class FontFamilies {

    static final String SANS = "DejaVu Sans";
    static final String SERIF = "DejaVu Serif";
    static final String MONO = "DejaVu Sans Mono";

    private FontFamilies() {
    }

    /** The family for the first name of the list that is clearly monospace, serif or sans; DejaVu Sans if none. */
    static String generic(String families) {
        if (families == null) {
            return SANS;
        }
        for (String name : families.split(",")) {
            String n = name.trim().replaceAll("^['\"]|['\"]$", "").toLowerCase(Locale.ROOT);
            if (n.contains("mono") || n.contains("courier") || n.contains("consolas") || n.contains("menlo")
                    || n.contains("code")) {
                return MONO;
            }
            if (n.contains("sans") || n.contains("arial") || n.contains("helvetica") || n.contains("verdana")
                    || n.contains("tahoma") || n.contains("segoe") || n.contains("roboto") || n.equals("system-ui")) {
                return SANS;
            }
            if (n.contains("serif") || n.contains("times") || n.contains("georgia") || n.contains("garamond")
                    || n.contains("cambria")) {
                return SERIF;
            }
        }
        return SANS;
    }
}
