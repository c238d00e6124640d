package org.drplan.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drplan.Drplan;
import org.drplan.config.BuildConfig;
import org.drplan.testing.EarlierBundle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per invalid site (Zola's test_sites_invalid): {@code src/test/resources/invalid-sites/<case>/} holds a
 * site and {@code expected.txt} the exact problems, one per line. Each build must fail with exactly those lines and
 * leave the previous bundle as it was. Run with {@code -Ddrplan.regenerate=true} to rewrite the expected files, then
 * review the diff.
 */
class InvalidSitesTest {

    private static final Path CASES = casesFolder();
    private static final String PREVIOUS_BUNDLE = "<p>the previous bundle</p>";

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithExactlyTheExpectedProblemsAndKeepsThePreviousBundle(String name, @TempDir Path root)
            throws IOException {
        copyTree(CASES.resolve(name), root);
        Path previous = EarlierBundle.write(root.resolve("out"), Map.of("index.html", PREVIOUS_BUNDLE))
                .resolve("index.html");

        var report = Drplan.build(BuildConfig.forTest(root));

        List<String> actual = report.formattedProblems();
        Path expectedFile = CASES.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("drplan.regenerate")) {
            Path source = Path.of("src/test/resources/invalid-sites", name, "expected.txt");
            Files.writeString(source, String.join("\n", actual) + "\n");
        }
        assertFalse(report.succeeded(), "the build must fail");
        assertEquals(Files.readAllLines(expectedFile), actual);
        assertEquals(PREVIOUS_BUNDLE, Files.readString(previous), "the previous bundle must stay untouched");
        try (Stream<Path> siblings = Files.list(root)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".out")).toList(), "no staged bundle may be left behind");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("expected.txt")) {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Path casesFolder() {
        try {
            return Path.of(InvalidSitesTest.class.getResource("/invalid-sites").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
