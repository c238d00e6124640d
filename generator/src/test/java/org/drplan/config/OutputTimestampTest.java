package org.drplan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OutputTimestampTest {

    @Test
    void readsBothFormsMavenAllows() {
        assertEquals(Optional.of(Instant.parse("2026-11-25T00:00:00Z")), OutputTimestamp.parse("2026-11-25T00:00:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-11-25T00:00:00Z")), OutputTimestamp.parse("2026-11-25T01:00:00+01:00"));
        assertEquals(Optional.of(Instant.ofEpochSecond(1764028800)), OutputTimestamp.parse("1764028800"));
    }

    @Test
    void unsetMeansNow() {
        assertEquals(Optional.empty(), OutputTimestamp.parse(null));
        assertEquals(Optional.empty(), OutputTimestamp.parse("a"));
    }

    @Test
    void anythingElseIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> OutputTimestamp.parse("yesterday"));
    }
}
