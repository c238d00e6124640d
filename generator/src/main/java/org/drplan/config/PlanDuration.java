package org.drplan.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as a plan writes it ({@code 30m}, {@code 4h}, {@code 1h30m}, {@code 2d}, {@code 1w}, ISO {@code PT4H}),
 * keeping the author's text for display next to the parsed value for comparisons.
 */
public record PlanDuration(String text, Duration value) implements Comparable<PlanDuration> {

    private static final String UNITS = "wdhms";
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(min|s|m|h|d|w)");
    private static final Pattern SHORT = Pattern.compile("(?:\\d+\\s*(?:min|s|m|h|d|w)\\s*)+");

    /** The duration written, or empty when it is not one; parts go from the largest unit down: {@code 1h30m}. */
    public static Optional<PlanDuration> parse(String text) {
        String trimmed = text.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (SHORT.matcher(lower).matches()) {
            return parts(trimmed, lower);
        }
        if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Optional.of(new PlanDuration(trimmed, Duration.parse(trimmed.toUpperCase(Locale.ROOT))));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<PlanDuration> parts(String trimmed, String lower) {
        try {
            Duration value = Duration.ZERO;
            int lastUnit = -1;
            Matcher m = PART.matcher(lower);
            while (m.find()) {
                int unit = UNITS.indexOf(m.group(2).equals("min") ? 'm' : m.group(2).charAt(0));
                if (unit <= lastUnit) {
                    return Optional.empty(); // 30m1h, 1h1h: a slip, not a duration
                }
                lastUnit = unit;
                long n = Long.parseLong(m.group(1));
                value = value.plus(switch (UNITS.charAt(unit)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                });
            }
            return Optional.of(new PlanDuration(trimmed, value));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty(); // more digits than any duration has
        }
    }

    @Override
    public int compareTo(PlanDuration other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return text;
    }
}
