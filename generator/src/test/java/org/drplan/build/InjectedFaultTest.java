package org.drplan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drplan.config.BuildConfig;
import org.drplan.testing.EarlierBundle;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * A bug in any stage (here: an exception thrown as that stage starts) ends the build with a message naming the
 * stage, never with an exception, and leaves the previous bundle exactly as it was with nothing staged beside it.
 */
class InjectedFaultTest {

    private static final String PLAN = """
            -- content/scope.md --
            # Scope
            - [ ] Check the plan
            """;

    @Test
    void everyStageFailsCleanly() throws IOException {
        Path healthy = TestSite.write(PLAN);
        List<String> stages = new SiteBuilder(BuildConfig.forTest(healthy)).build().stages().stream()
                .map(StageTime::stage).distinct().toList();
        assertTrue(stages.containsAll(List.of("settings", "scan", "front matter", "markdown", "plan and links",
                "checks", "pages", "print document", "bundle", "search index", "pdf", "write", "link check")), stages.toString());

        for (String stage : stages) {
            Path root = TestSite.write(PLAN);
            Path previous = EarlierBundle.write(root.resolve("out"), Map.of("index.html", "the previous bundle"));
            SiteBuilder builder = new SiteBuilder(BuildConfig.forTest(root));
            builder.injectFault(stage, new IllegalStateException("injected into " + stage));

            BuildReport report = builder.build();

            assertFalse(report.succeeded(), stage);
            List<String> errors = report.errors().stream().map(p -> p.format(root)).toList();
            assertEquals(1, errors.size(), stage + ": " + errors);
            assertTrue(errors.get(0).startsWith("content: error: drplan failed while ")
                    && errors.get(0).contains("IllegalStateException: injected into " + stage
                    + "; nothing was published. This is a bug in drplan"), stage + ": " + errors.get(0));
            assertEquals("the previous bundle", Files.readString(previous.resolve("index.html")), stage);
            try (Stream<Path> files = Files.list(root)) {
                assertEquals(List.of("content", "out"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                        stage + ": nothing staged is left beside the output");
            }
        }
    }
}
