package org.drplan.config;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Maven's {@code project.build.outputTimestamp}: an ISO-8601 date-time or seconds since the epoch. */
public final class OutputTimestamp {

    private OutputTimestamp() {
    }

    /**
     * @return empty when unset (Maven uses a single character such as {@code a} to mean "not set")
     * @throws IllegalArgumentException when set but neither form
     */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank() || text.trim().length() < 2) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        try {
            return Optional.of(trimmed.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(trimmed))
                    : OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither an ISO date-time nor seconds since the epoch");
        }
    }
}
