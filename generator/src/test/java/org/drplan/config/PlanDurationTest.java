package org.drplan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanDurationTest {

    @ParameterizedTest
    @CsvSource({"30m, PT30M", "4h, PT4H", "2d, PT48H", "1w, PT168H", "90 s, PT1M30S", "PT4H, PT4H",
            "pt15m, PT15M", "P1D, PT24H", "0m, PT0S", "1h30m, PT1H30M", "1h 30m, PT1H30M", "1d 2h, PT26H",
            "2h 5min, PT2H5M"})
    void readsTheFormsPlansUse(String text, String expected) {
        PlanDuration duration = PlanDuration.parse(text).orElseThrow();
        assertEquals(Duration.parse(expected), duration.value());
        assertEquals(text.trim(), duration.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "4", "h4", "4 hours", "P", "-2h", "", "30m1h", "1h 1h", "1h30", "1h,30m"})
    void rejectsEverythingElse(String text) {
        assertTrue(PlanDuration.parse(text).isEmpty(), text);
    }
}
