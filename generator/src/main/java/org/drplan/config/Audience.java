package org.drplan.config;

/** Who a bundle is built for: the recovery team (everything), or readers outside it (restricted material left out). */
public enum Audience {
    FULL, SHAREABLE;

    /** {@code full} or {@code shareable}, in any case. */
    public static Audience parse(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> FULL;
            case "shareable" -> SHAREABLE;
            default -> throw new IllegalArgumentException("audience is 'full' or 'shareable', not '" + value + "'");
        };
    }
}
