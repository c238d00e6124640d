package org.drplan.config;

/** Who a bundle is built for: the recovery team (everything), or readers outside it (restricted material left out). */
public enum Audience {
    FULL, SHAREABLE;

    /** How a shareable bundle names itself beside the version, on every page, in the PDF and in BUILD-INFO.txt. */
    public static final String SHAREABLE_LABEL = "shareable edition";

    /** A list such as {@code full,shareable} (commas or spaces between): one bundle for each. */
    public static java.util.List<Audience> parseList(String value) {
        java.util.List<Audience> audiences = new java.util.ArrayList<>();
        for (String item : value.split("[,\\s]+")) {
            if (!item.isBlank() && !audiences.contains(parse(item))) {
                audiences.add(parse(item));
            }
        }
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("audience is 'full', 'shareable' or both ('full,shareable'), not '"
                    + value + "'");
        }
        return audiences;
    }

    /** {@code full} or {@code shareable}, in any case. */
    public static Audience parse(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> FULL;
            case "shareable" -> SHAREABLE;
            default -> throw new IllegalArgumentException("audience is 'full' or 'shareable', not '" + value + "'");
        };
    }
}
