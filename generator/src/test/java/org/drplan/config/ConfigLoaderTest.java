package org.drplan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path root;

    private final Diagnostics diagnostics = new Diagnostics(false);

    private PlanSettings load(String drplanYml) throws IOException {
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/drplan.yml"), drplanYml);
        return new ConfigLoader(new YamlReader()).load(BuildConfig.forTest(root), diagnostics).orElseThrow();
    }

    private List<String> problems() {
        return diagnostics.problems().stream().map(p -> p.format(root)).toList();
    }

    @Test
    void readsEverySetting() throws IOException {
        PlanSettings settings = load("""
                title: ITSM continuity plan
                organisation: Harbourline
                version: 1.10
                review_interval: 90d
                lang: de
                paper: letter
                """);
        assertEquals("ITSM continuity plan", settings.title());
        assertEquals("Harbourline", settings.organisation());
        assertEquals("1.10", settings.version(), "text as written, not the number 1.1");
        assertEquals(Duration.ofDays(90), settings.reviewInterval().value());
        assertEquals("de", settings.lang());
        assertEquals(Paper.LETTER, settings.paper());
        assertEquals(List.of(), problems());
    }

    @Test
    void wrongValuesAreErrorsAtTheValueAndTheDefaultsStand() throws IOException {
        PlanSettings settings = load("""
                title: [Plan]
                review_interval: 4 hours a day
                paper:
                  size: A4
                """);
        assertEquals("Continuity plan", settings.title());
        assertEquals(PlanSettings.DEFAULT_REVIEW_INTERVAL, settings.reviewInterval());
        assertEquals(Paper.A4, settings.paper());
        assertEquals(List.of(
                "content/drplan.yml:1:8: error: 'title' must be text, not a list",
                "content/drplan.yml:2:18: error: invalid review_interval '4 hours a day': expected a duration such as "
                        + "90d, 26w or P180D",
                "content/drplan.yml:4:3: error: 'paper' must be A4 or Letter, not a mapping"), problems());
    }
}
