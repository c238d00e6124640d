package org.drplan.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.drplan.config.RunbookZipTarget;
import org.drplan.content.SourceFile;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.integrity.BuildInfo;
import org.drplan.integrity.Sha256Sums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    private static final Instant BUILD_TIME = Instant.parse("2026-01-02T03:04:05Z");

    /** What {@link #previousBundle()} leaves in the temp folder. */
    private static final List<String> PREVIOUS = List.of("out", "out/BUILD-INFO.txt", "out/SHA256SUMS",
            "out/index.html");

    @TempDir
    Path root;

    private final Diagnostics diagnostics = new Diagnostics(false);

    private static BundleManifest manifest(String... pathsAndTexts) {
        BundleAssembler assembler = new BundleAssembler();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            assembler.generated(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return assembler.manifest();
    }

    @Test
    void publishReplacesThePreviousBundleWholeAndLeavesNothingBeside() throws IOException {
        Path out = previousBundle();
        BundleWriter writer = new BundleWriter(out, Optional.empty());

        BundleWriter.Staged staged = writer.stage(manifest("procedures/restore.html", "restore", "index.html", "new"),
                BUILD_TIME, diagnostics).orElseThrow();
        assertEquals("previous", Files.readString(out.resolve("index.html")),
                "staging must not touch the published bundle");
        assertTrue(writer.publish(staged, diagnostics));

        assertEquals(List.of("index.html", "procedures", "procedures/restore.html"), tree(out));
        assertEquals(List.of("out"), tree(root).stream().filter(p -> !p.contains("/")).toList());
    }

    @Test
    void filesAndFoldersCarryTheBuildTimeNotTheClock() throws IOException {
        Path out = root.resolve("out");
        BundleWriter writer = new BundleWriter(out, Optional.empty());

        writer.publish(writer.stage(manifest("index.html", "x", "procedures/a/b.html", "y"), BUILD_TIME, diagnostics)
                .orElseThrow(), diagnostics);

        for (String path : List.of("index.html", "procedures", "procedures/a", "procedures/a/b.html")) {
            assertEquals(BUILD_TIME, Files.getLastModifiedTime(out.resolve(path)).toInstant(), path);
        }
    }

    @Test
    void discardRemovesTheStagedBundleOnly() throws IOException {
        Path out = previousBundle();
        BundleWriter writer = new BundleWriter(out, Optional.empty());

        writer.discard(writer.stage(manifest("index.html", "broken"), BUILD_TIME, diagnostics).orElseThrow());

        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(PREVIOUS, tree(root));
    }

    @Test
    void manifestIsSortedWithEachFilesSha256() {
        BundleManifest manifest = manifest("z.html", "", "a.html", "abc");

        assertEquals(List.of("a.html", "z.html"), manifest.files().stream().map(BundleManifest.File::path).toList());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", manifest.files().get(0).sha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", manifest.files().get(1).sha256());
    }

    @Test
    void aContentFileCannotTakeThePathOfAGeneratedOne() throws IOException {
        Path content = Files.createDirectories(root.resolve("content"));
        Files.writeString(content.resolve("index.html"), "mine");
        Files.writeString(content.resolve("notes.txt"), "notes");

        BundleManifest manifest = new BundleAssembler().generated("index.html", new byte[] {'x'})
                .content(List.of(new SourceFile(content.resolve("index.html"), "index.html"),
                        new SourceFile(content.resolve("notes.txt"), "notes.txt")), diagnostics)
                .manifest();

        assertEquals(List.of(content.resolve("index.html") + ": error: cannot publish 'index.html': the bundle "
                + "already has that file (a page drplan generates); rename it"),
                diagnostics.problems().stream().map(p -> p.format(null)).toList());
        assertEquals("x", new String(manifest.files().get(0).bytes()));
        assertEquals("notes.txt", manifest.files().get(1).path());
    }

    @Test
    void aNameTooLongForTheFileSystemIsAPlainErrorAndNothingIsLeftBeside() throws IOException {
        Path out = previousBundle();
        BundleWriter writer = new BundleWriter(out, Optional.empty());

        assertTrue(writer.stage(manifest("index.html", "new", "x".repeat(300) + ".html", "long"), BUILD_TIME,
                diagnostics).isEmpty());

        String problem = diagnostics.problems().get(0).format(null);
        assertTrue(problem.startsWith(out + ": error: cannot write the new bundle: file name too long ("), problem);
        assertTrue(problem.endsWith("); the previous bundle is unchanged: use shorter file names in the plan or a "
                + "shorter outputDirectory"), problem);
        assertEquals(PREVIOUS, tree(root), "no staging folder left, the old bundle intact");
    }

    @Test
    void aPreviousBundleThatCannotBeMovedAsideStaysAndTheNewOneIsRemoved() throws IOException {
        Path out = previousBundle();
        BundleWriter writer = new BundleWriter(out, Optional.empty(), (from, to) -> {
            throw new java.nio.file.FileSystemException(from.toString(), null, "Device or resource busy");
        });
        BundleWriter.Staged staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics).orElseThrow();

        assertFalse(writer.publish(staged, diagnostics));

        assertEquals(List.of(out + ": error: cannot replace the previous bundle: device or resource busy (" + out
                + "); it is unchanged: a mount point or a folder in use cannot be replaced: point outputDirectory at "
                + "a folder inside it"), diagnostics.problems().stream().map(p -> p.format(null)).toList());
        assertEquals(PREVIOUS, tree(root));
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }

    @Test
    void whenTheNewBundleCannotMoveInThePreviousOneIsMovedBack() throws IOException {
        Path out = previousBundle();
        int[] moves = {0};
        BundleWriter writer = new BundleWriter(out, Optional.empty(), (from, to) -> {
            if (++moves[0] == 2) {
                throw new java.nio.file.FileSystemException(from.toString(), to.toString(), "No space left on device");
            }
            Files.move(from, to);
        });
        BundleWriter.Staged staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics).orElseThrow();

        assertFalse(writer.publish(staged, diagnostics));

        String problem = diagnostics.problems().get(0).format(null);
        assertTrue(problem.contains("cannot move the new bundle into place: no space left on device")
                && problem.endsWith("the previous bundle is unchanged: free some space or choose another "
                + "outputDirectory"), problem);
        assertEquals(PREVIOUS, tree(root));
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }

    @Test
    void thePublishedBundleGetsTheFolderPermissionsMkdirGivesNotOwnerOnly() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews()
                .contains("posix"), "the file system has no POSIX permissions to compare");
        Path out = root.resolve("out");
        BundleWriter writer = new BundleWriter(out, Optional.empty());
        writer.publish(writer.stage(manifest("index.html", "x"), BUILD_TIME, diagnostics).orElseThrow(), diagnostics);
        Path plain = Files.createDirectory(root.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void aFileDroppedIntoTheBundleWhileTheBuildRunsStopsThePublishingAndStays() throws IOException {
        Path out = previousBundle();
        BundleWriter writer = new BundleWriter(out, Optional.empty());
        BundleWriter.Staged staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics)
                .orElseThrow();
        Files.createDirectories(out.resolve("downloads"));
        Files.writeString(out.resolve("downloads/setup.exe"), "somebody's");

        assertFalse(writer.publish(staged, diagnostics));

        assertEquals(List.of(out + ": error: output directory holds 'downloads/setup.exe', which is not part of a "
                + "bundle drplan wrote (one whose BUILD-INFO.txt names drplan and whose SHA256SUMS lists its files); "
                + "the build replaces the output folder whole, so it will not delete it: set outputDirectory to a new "
                + "or empty folder, or move that file away; the new bundle was not published"), problems());
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("out", "out/BUILD-INFO.txt", "out/SHA256SUMS", "out/downloads",
                "out/downloads/setup.exe", "out/index.html"), tree(root));
    }

    @Test
    void theRunbookZipIsPublishedWithTheBundle() throws IOException {
        Path out = previousBundle();
        Path zip = root.resolve("plan-1.0-runbook.zip");
        BundleWriter writer = new BundleWriter(out, Optional.of(new RunbookZipTarget(zip, "plan-1.0")));
        BundleWriter.Staged staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics)
                .orElseThrow();
        assertFalse(Files.exists(zip), "the zip is staged, not published, before the bundle is");

        assertTrue(writer.publish(staged, diagnostics), problems().toString());

        assertEquals(List.of("out", "out/index.html", "plan-1.0-runbook.zip"), tree(root));
        try (var entries = new java.util.zip.ZipFile(zip.toFile())) {
            assertEquals(List.of("plan-1.0/", "plan-1.0/index.html"),
                    entries.stream().map(java.util.zip.ZipEntry::getName).toList());
        }
    }

    @Test
    void whenTheZipCannotBePublishedNeitherIsTheBundle() throws IOException {
        Path out = previousBundle();
        Path zip = Files.createDirectories(root.resolve("plan-runbook.zip/somebody's folder"));
        BundleWriter writer = new BundleWriter(out,
                Optional.of(new RunbookZipTarget(zip.getParent(), "plan")));
        BundleWriter.Staged staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics)
                .orElseThrow();

        assertFalse(writer.publish(staged, diagnostics));

        String problem = problems().get(0);
        assertTrue(problem.startsWith(zip.getParent() + ": error: cannot write the runbook zip: "), problem);
        assertTrue(problem.contains("; the previous bundle is unchanged and the zip was not changed: "), problem);
        assertFalse(problem.contains("Exception"), problem);
        assertEquals(List.of("out", "out/BUILD-INFO.txt", "out/SHA256SUMS", "out/index.html", "plan-runbook.zip",
                "plan-runbook.zip/somebody's folder"), tree(root));
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }

    @Test
    void stagingLeftByAKilledBuildIsRemovedByTheNextAndOnlyItsOwn() throws IOException {
        Path out = previousBundle();
        Path old = Files.createDirectories(root.resolve(".out.old-ba9876543210"));
        for (String file : List.of("BUILD-INFO.txt", "SHA256SUMS", "index.html")) {
            Files.copy(out.resolve(file), old.resolve(file));
        }
        Files.createDirectories(root.resolve(".out.new-0123456789ab/procedures"));
        Files.writeString(root.resolve(".out.new-0123456789ab/procedures/half.html"), "half written");
        Files.writeString(root.resolve(".plan.zip.new-00112233aabb"), "half a zip");
        for (String notOurs : List.of(".out.new-mine", ".other.new-0123456789ab", ".out.old-0123456789ab.bak")) {
            Files.createDirectories(root.resolve(notOurs));
        }
        BundleWriter writer = new BundleWriter(out,
                Optional.of(new RunbookZipTarget(root.resolve("plan.zip"), "plan")));

        BundleWriter.Staged staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics)
                .orElseThrow();
        assertEquals(List.of("removed .out.old-ba9876543210, left by an interrupted build",
                "removed .out.new-0123456789ab, left by an interrupted build",
                "removed .plan.zip.new-00112233aabb, left by an interrupted build"), staged.leftovers());
        assertTrue(writer.publish(staged, diagnostics));

        assertEquals(List.of(".other.new-0123456789ab", ".out.new-mine", ".out.old-0123456789ab.bak", "out",
                "plan.zip"), tree(root).stream().filter(p -> !p.contains("/")).toList());
    }

    @Test
    void aPreviousBundleAKilledBuildHadMovedAsideIsPutBack() throws IOException {
        Path out = previousBundle();
        Files.move(out, root.resolve(".out.old-ba9876543210"));
        BundleWriter writer = new BundleWriter(out, Optional.empty());

        BundleWriter.Staged staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics)
                .orElseThrow();

        assertEquals(List.of("moved .out.old-ba9876543210 back to out: an interrupted build had moved the previous "
                + "bundle aside"), staged.leftovers());
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        writer.discard(staged);
        assertEquals(PREVIOUS, tree(root));
    }

    @Test
    void twoBuildsCannotWriteTheSameOutputFolderAtOnce() throws IOException {
        Path out = previousBundle();
        BundleWriter first = new BundleWriter(out, Optional.empty());
        BundleWriter.Staged staged = first.stage(manifest("index.html", "one"), BUILD_TIME, diagnostics)
                .orElseThrow();

        assertTrue(new BundleWriter(out, Optional.empty()).stage(manifest("index.html", "two"), BUILD_TIME,
                diagnostics).isEmpty());

        assertEquals(List.of(out + ": error: another drplan build is writing this output folder right now; the "
                + "previous bundle is unchanged: wait for that build to end and build again"), problems());
        assertTrue(first.publish(staged, new Diagnostics(false)));
        assertEquals("one", Files.readString(out.resolve("index.html")));
    }

    private List<String> problems() {
        return diagnostics.problems().stream().map(p -> p.format(null)).toList();
    }

    /** A bundle as drplan writes one: index.html, BUILD-INFO.txt naming drplan, SHA256SUMS listing both. */
    private Path previousBundle() throws IOException {
        Path out = root.resolve("out");
        BundleWriter writer = new BundleWriter(out, Optional.empty());
        BundleManifest files = manifest("index.html", "previous", BuildInfo.FILE_NAME,
                new BuildInfo("Plan", null, "1", BUILD_TIME, "abc", 3, null).text());
        Map<String, String> sums = new TreeMap<>();
        files.files().forEach(f -> sums.put(f.path(), f.sha256()));
        writer.publish(writer.stage(files.with(BundleManifest.File.of(Sha256Sums.FILE_NAME, Sha256Sums.format(sums))),
                BUILD_TIME, diagnostics).orElseThrow(), diagnostics);
        return out;
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
