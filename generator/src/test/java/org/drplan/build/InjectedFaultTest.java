package org.drplan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drplan.config.BuildConfig;
import org.drplan.diagnostics.Problem;
import org.drplan.testing.EarlierBundle;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever a stage throws (here: thrown as that stage starts) ends the build with one message, never an exception,
 * and leaves the previous bundle exactly as it was with nothing staged beside it. A fault of the machine is reported
 * at the path it concerns with what to do; anything else as a bug in drplan, naming the stage.
 */
class InjectedFaultTest {

    private static final String PLAN = """
            -- content/scope.md --
            # Scope
            - [ ] Check the plan
            """;

    private static final List<String> STAGES = List.of("settings", "scan", "front matter", "audience", "markdown",
            "plan and links", "checks", "changes", "pages", "print document", "bundle", "search index", "pdf",
            "leak check", "write", "link check");

    @Test
    void theFaultTestsCoverEveryStage() {
        Path healthy = TestSite.write(PLAN);
        List<String> stages = new SiteBuilder(BuildConfig.forTest(healthy)).build().stages().stream()
                .map(StageTime::stage).distinct().sorted().toList();
        assertEquals(STAGES.stream().sorted().toList(), stages);
    }

    @TestFactory
    Stream<DynamicTest> aBugInAStageIsReportedAsOneAtTheContentFolder() {
        return STAGES.stream().map(stage -> DynamicTest.dynamicTest(stage, () -> {
            Path root = TestSite.write(PLAN);
            Problem error = failWith(root, stage, new IllegalStateException("injected into " + stage));
            assertEquals(root.resolve("content"), error.path(), stage);
            assertEquals("content: error: drplan failed while " + stage + ": IllegalStateException: injected into "
                    + stage + "; nothing was published. This is a bug in drplan: please report it with this "
                    + "message", error.format(root));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aFileTheMachineWillNotReadIsReportedAtItsPathAsNoBug() {
        return STAGES.stream().map(stage -> DynamicTest.dynamicTest(stage, () -> {
            Path root = TestSite.write(PLAN);
            Path file = root.resolve("content/scope.md");
            Problem error = failWith(root, stage,
                    new UncheckedIOException(new AccessDeniedException(file.toString())));
            assertEquals(file, error.path(), stage);
            assertEquals("content/scope.md: error: cannot go on while " + stage + ": permission denied; nothing "
                    + "was published: let the user who runs the build read it, and build again",
                    error.format(root));
        }));
    }

    @TestFactory
    Stream<DynamicTest> runningOutOfMemoryIsReportedWithTheHeapToGive() {
        return Stream.of("markdown", "pdf").map(stage -> DynamicTest.dynamicTest(stage, () -> {
            Path root = TestSite.write(PLAN);
            Problem error = failWith(root, stage, new IllegalStateException(new OutOfMemoryError("Java heap")));
            assertTrue(error.message().startsWith("ran out of memory while " + stage + " (this JVM may use ")
                    && error.message().contains("MAVEN_OPTS=-Xmx") && !error.message().contains("bug"),
                    error.message());
        }));
    }

    /** The one error of a build whose {@code stage} throws {@code fault}, after checking nothing was touched. */
    private static Problem failWith(Path root, String stage, RuntimeException fault) throws IOException {
        Path previous = EarlierBundle.write(root.resolve("out"), Map.of("index.html", "the previous bundle"));
        SiteBuilder builder = new SiteBuilder(BuildConfig.forTest(root));
        builder.injectFault(stage, fault);

        BuildReport report = builder.build();

        assertFalse(report.succeeded(), stage);
        assertEquals(1, report.errors().size(), stage + ": " + report.errors());
        assertEquals("the previous bundle", Files.readString(previous.resolve("index.html")), stage);
        try (Stream<Path> files = Files.list(root)) {
            assertEquals(List.of("content", "out"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    stage + ": nothing staged is left beside the output");
        }
        return report.errors().get(0);
    }
}
