package org.drplan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.linkcheck.BundleVerifier;

/**
 * A whole tiny site from one text block (Hugo's txtar tests): {@code -- path --} lines start files, everything
 * else is their content. Builds it with {@link BuildConfig#forTest(Path)} (content in {@code content/}, bundle in
 * {@code out/}) and offers assertions on the bundle and the problems. A successful build is always checked by the
 * bundle verifier once more, independently of the build's own verification.
 */
public final class TestSite {

    private static final Pattern FILE_HEADER = Pattern.compile("(?m)^-- (.+?) --$");

    /**
     * Where this test JVM's sites go: {@code target/test-sites/<pid>} (under the build folder, so {@code mvn clean}
     * removes what a killed run leaves), removed when the JVM ends.
     */
    private static final class SitesFolder {
        private static final Path FOLDER = create();

        static Path get() {
            return FOLDER;
        }

        private static Path create() {
            try {
                Path folder = Files.createDirectories(Path.of("target", "test-sites",
                        String.valueOf(ProcessHandle.current().pid())).toAbsolutePath());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void delete(Path folder) {
            try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // Left for mvn clean.
            }
        }
    }

    private final Path root;
    private final BuildReport report;

    private TestSite(Path root, BuildReport report) {
        this.root = root;
        this.report = report;
    }

    public static TestSite build(String files) {
        return build(files, UnaryOperator.identity());
    }

    public static TestSite build(String files, UnaryOperator<BuildConfig.Builder> adjust) {
        Path root = write(files);
        return buildIn(root, adjust);
    }

    /** Builds an already written site under {@code root}. */
    public static TestSite buildIn(Path root, UnaryOperator<BuildConfig.Builder> adjust) {
        BuildReport report = Drplan.build(adjust.apply(BuildConfig.forTest(root).toBuilder()).build());
        TestSite site = new TestSite(root, report);
        if (report.succeeded()) {
            site.assertBundleVerifies();
        }
        return site;
    }

    /** Writes the files of a txtar-like text block into a new temporary folder and returns it. */
    public static Path write(String files) {
        try {
            Path root = Files.createTempDirectory(SitesFolder.get(), "site-");
            Matcher m = FILE_HEADER.matcher(files);
            List<int[]> starts = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            while (m.find()) {
                starts.add(new int[] {m.start(), m.end()});
                names.add(m.group(1));
            }
            for (int i = 0; i < names.size(); i++) {
                int from = starts.get(i)[1] + 1;
                int to = i + 1 < names.size() ? starts.get(i + 1)[0] : files.length();
                Path file = root.resolve(names.get(i));
                Files.createDirectories(file.getParent());
                Files.writeString(file, from > to ? "" : files.substring(from, to), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path output() {
        return root.resolve("out");
    }

    /** The problems as the user sees them, one javac-style line each. */
    public List<String> problems() {
        return report.formattedProblems();
    }

    public TestSite assertSucceeded() {
        if (!report.succeeded()) {
            fail("build failed:\n" + String.join("\n", problems()));
        }
        return this;
    }

    public TestSite assertFailed() {
        if (report.succeeded()) {
            fail("build succeeded, expected errors; problems:\n" + String.join("\n", problems()));
        }
        return this;
    }

    public TestSite assertProblems(String... expected) {
        assertEquals(List.of(expected), problems());
        return this;
    }

    /**
     * Like {@link #assertProblems}, leaving out the warning that the plan lacks some of the eight parts of a
     * continuity plan, which a small test plan always does (the plan checks' own tests assert it).
     */
    public TestSite assertProblemsBesidesPlanOutline(String... expected) {
        assertEquals(List.of(expected), problems().stream()
                .filter(p -> !p.matches("content: (warning|error): the plan has no section of type .*")).toList());
        return this;
    }

    public FileAssert assertFile(String bundlePath) {
        Path file = output().resolve(bundlePath);
        assertTrue(Files.isRegularFile(file), "bundle has no file " + bundlePath);
        return new FileAssert(bundlePath, file);
    }

    public TestSite assertNoFile(String bundlePath) {
        assertTrue(!Files.exists(output().resolve(bundlePath)), "bundle should not have " + bundlePath);
        return this;
    }

    private void assertBundleVerifies() {
        Diagnostics diagnostics = new Diagnostics(false);
        new BundleVerifier().verify(output(), diagnostics);
        assertEquals(List.of(), diagnostics.problems(), "bundle verification");
    }

    /** Assertions on one file of the bundle. */
    public static final class FileAssert {
        private final String name;
        private final Path file;

        FileAssert(String name, Path file) {
            this.name = name;
            this.file = file;
        }

        /** The file as UTF-8 text, read when a text assertion needs it (a PDF is not text). */
        private String read() {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public FileAssert contains(String... expected) {
            String text = read();
            for (String e : expected) {
                if (!text.contains(e)) {
                    fail(name + " does not contain\n  " + e + "\n--- " + name + " ---\n" + text);
                }
            }
            return this;
        }

        public FileAssert doesNotContain(String... unexpected) {
            String text = read();
            for (String u : unexpected) {
                if (text.contains(u)) {
                    fail(name + " should not contain\n  " + u);
                }
            }
            return this;
        }

        /** The whole file as text. */
        public String text() {
            return read();
        }

        public org.jsoup.nodes.Document html() {
            return org.jsoup.Jsoup.parse(read());
        }
    }
}
