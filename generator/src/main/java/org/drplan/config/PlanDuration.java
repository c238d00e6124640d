package org.drplan.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as a plan writes it ({@code 30m}, {@code 4h}, {@code 2d}, {@code 1w}, ISO {@code PT4H}), keeping the
 * author's text for display next to the parsed value for comparisons.
 */
public record PlanDuration(String text, Duration value) implements Comparable<PlanDuration> {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(s|m|min|h|d|w)");

    public static Optional<PlanDuration> parse(String text) {
        String trimmed = text.trim();
        Matcher m = SHORT.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration value = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
            return Optional.of(new PlanDuration(trimmed, value));
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

    @Override
    public int compareTo(PlanDuration other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return text;
    }
}
