package org.drplan.config;

/** Who a bundle is built for: the recovery team (everything), or readers outside it (restricted material left out). */
public enum Audience {
    FULL, SHAREABLE;

    /** How a shareable bundle names itself beside the version, on every page, in the PDF and in BUILD-INFO.txt. */
    public static final String SHAREABLE_LABEL = "shareable edition";

    /** {@code full} or {@code shareable}, in any case. */
    public static Audience parse(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> FULL;
            case "shareable" -> SHAREABLE;
            default -> throw new IllegalArgumentException("audience is 'full' or 'shareable', not '" + value + "'");
        };
    }
}
