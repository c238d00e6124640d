package org.drplan.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of a bundle checked against its SHA256SUMS, by {@link BundleCheck} and by the command line entry point. */
class BundleCheckTest {

    private static Path built;

    @BeforeAll
    static void buildOnce() {
        built = TestSite.build("""
                -- content/drplan.yml --
                title: Payroll continuity plan
                version: 2.0.0
                -- content/scope.md --
                ---
                type: scope
                ---
                # Scope
                What the plan covers.
                -- content/procedures/restore.md --
                ---
                type: procedure
                ---
                # Restore the database
                - [ ] Stop the application
                """, b -> b.pdf(false)).assertSucceeded().output();
    }

    @Test
    void theBundleListsEveryOtherFileAndAFreshCopyIsIntact(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        List<String> listed = Sha256Sums.parse(Files.readString(copy.resolve("SHA256SUMS"))).entries().stream()
                .map(Sha256Sums.Entry::path).toList();
        List<String> present;
        try (Stream<Path> walk = Files.walk(copy)) {
            present = walk.filter(Files::isRegularFile).map(p -> copy.relativize(p).toString()).sorted()
                    .filter(p -> !p.equals("SHA256SUMS")).toList();
        }
        assertEquals(present, listed, "every file but SHA256SUMS itself, sorted");
        assertTrue(listed.contains("BUILD-INFO.txt") && listed.contains("verify.html"), listed.toString());

        BundleCheck.Report report = BundleCheck.check(copy);
        assertTrue(report.intact());
        String buildId = buildIdOf(copy);
        assertEquals(List.of("intact: all " + listed.size() + " files match SHA256SUMS, build " + buildId
                + " (" + copy + ")"), report.lines());
    }

    @Test
    void namesEveryMissingChangedTruncatedAndExtraFile(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Files.delete(copy.resolve("procedures/restore.html"));
        Files.writeString(copy.resolve("scope.html"), "<!-- edited -->", StandardOpenOption.APPEND);
        byte[] css = Files.readAllBytes(copy.resolve("assets/drplan.css"));
        Files.write(copy.resolve("assets/drplan.css"), java.util.Arrays.copyOf(css, css.length / 2));
        Files.writeString(copy.resolve("procedures/notes.txt"), "added on the stick");
        Files.writeString(copy.resolve(".DS_Store"), "finder");
        Files.writeString(copy.resolve("assets/._drplan.css"), "resource fork");

        BundleCheck.Report report = BundleCheck.check(copy);
        assertFalse(report.intact());
        int files = report.checked();
        assertEquals(List.of(
                "missing: procedures/restore.html",
                "changed: assets/drplan.css",
                "changed: scope.html",
                "extra:   procedures/notes.txt",
                "ignored: .DS_Store (made by the operating system)",
                "ignored: assets/._drplan.css (made by the operating system)",
                "NOT INTACT: 1 missing, 2 changed, 1 extra of " + files + " files, build " + buildIdOf(copy)
                        + " (" + copy + ")"), report.lines());
    }

    @Test
    void onlyOperatingSystemLitterStillCountsAsIntact(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Files.writeString(copy.resolve("Thumbs.db"), "explorer");
        BundleCheck.Report report = BundleCheck.check(copy);
        assertTrue(report.intact(), report.lines().toString());
        assertEquals("ignored: Thumbs.db (made by the operating system)", report.lines().get(0));
    }

    @Test
    void aFolderWithoutSha256SumsOrABrokenLineIsNotIntact(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Files.writeString(copy.resolve("SHA256SUMS"), "garbage\n", StandardOpenOption.APPEND);
        assertEquals("SHA256SUMS line " + (Files.readAllLines(copy.resolve("SHA256SUMS")).size())
                + ": not '<SHA-256>  <file>'", BundleCheck.check(copy).lines().get(0));
        Files.delete(copy.resolve("SHA256SUMS"));
        assertEquals("no SHA256SUMS in " + copy + ": not a drplan bundle, or the copy lost it",
                BundleCheck.check(copy).lines().get(0));
        assertFalse(BundleCheck.check(copy).intact());
    }

    @Test
    void aListedPathOutsideTheFolderCountsAsMissingAndIsNeverRead(@TempDir Path tmp) throws IOException {
        Path copy = copy(tmp);
        Files.writeString(tmp.resolve("secret.txt"), "outside");
        Files.writeString(copy.resolve("SHA256SUMS"), "a".repeat(64) + "  ../secret.txt\n",
                StandardOpenOption.APPEND);
        assertTrue(BundleCheck.check(copy).missing().contains("../secret.txt"));
    }

    @Test
    void theCommandLineCheckNeedsOnlyTheGeneratorAndExitsZeroOneOrTwo(@TempDir Path tmp) throws Exception {
        Path copy = copy(tmp);
        Result intact = verifyBundle(copy.toString());
        assertEquals(0, intact.exit(), intact.output());
        assertTrue(intact.output().startsWith("intact: all "), intact.output());

        Files.writeString(copy.resolve("index.html"), "");
        Result damaged = verifyBundle(copy.toString());
        assertEquals(1, damaged.exit(), damaged.output());
        assertTrue(damaged.output().startsWith("changed: index.html\nNOT INTACT: 0 missing, 1 changed, 0 extra"),
                damaged.output());

        Result usage = verifyBundle();
        assertEquals(2, usage.exit());
        assertTrue(usage.output().startsWith("usage: java -cp drplan-generator.jar"), usage.output());
    }

    private record Result(int exit, String output) {
    }

    /** Runs {@link VerifyBundle} in a JVM whose class path holds the generator's classes and nothing else. */
    private static Result verifyBundle(String... args) throws Exception {
        String classes = Path.of(VerifyBundle.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classes,
                VerifyBundle.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static String buildIdOf(Path bundle) throws IOException {
        return Files.readAllLines(bundle.resolve("BUILD-INFO.txt")).stream().filter(l -> l.startsWith("build id:"))
                .map(l -> l.substring(9).trim()).findFirst().orElseThrow();
    }

    private static Path copy(Path tmp) throws IOException {
        Path copy = tmp.resolve("usb/drplan");
        try (Stream<Path> walk = Files.walk(built)) {
            for (Path from : walk.toList()) {
                Path to = copy.resolve(built.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }
}
