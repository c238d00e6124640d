package org.drplan.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.content.SourceFile;
import org.drplan.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    private static final Instant BUILD_TIME = Instant.parse("2026-01-02T03:04:05Z");

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
        Path out = root.resolve("out");
        Files.createDirectories(out.resolve("old-folder"));
        Files.writeString(out.resolve("stale.html"), "from the previous plan");
        BundleWriter writer = new BundleWriter(out);

        Path staged = writer.stage(manifest("procedures/restore.html", "restore", "index.html", "new"), BUILD_TIME,
                diagnostics).orElseThrow();
        assertEquals("from the previous plan", Files.readString(out.resolve("stale.html")),
                "staging must not touch the published bundle");
        assertTrue(writer.publish(staged, diagnostics));

        assertEquals(List.of("index.html", "procedures", "procedures/restore.html"), tree(out));
        assertEquals(List.of("out"), tree(root).stream().filter(p -> !p.contains("/")).toList());
    }

    @Test
    void filesAndFoldersCarryTheBuildTimeNotTheClock() throws IOException {
        Path out = root.resolve("out");
        BundleWriter writer = new BundleWriter(out);

        writer.publish(writer.stage(manifest("index.html", "x", "procedures/a/b.html", "y"), BUILD_TIME, diagnostics)
                .orElseThrow(), diagnostics);

        for (String path : List.of("index.html", "procedures", "procedures/a", "procedures/a/b.html")) {
            assertEquals(BUILD_TIME, Files.getLastModifiedTime(out.resolve(path)).toInstant(), path);
        }
    }

    @Test
    void discardRemovesTheStagedBundleOnly() throws IOException {
        Path out = root.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        BundleWriter writer = new BundleWriter(out);

        writer.discard(writer.stage(manifest("index.html", "broken"), BUILD_TIME, diagnostics).orElseThrow());

        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("out", "out/index.html"), tree(root));
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
        BundleWriter writer = new BundleWriter(out);

        assertTrue(writer.stage(manifest("index.html", "new", "x".repeat(300) + ".html", "long"), BUILD_TIME,
                diagnostics).isEmpty());

        String problem = diagnostics.problems().get(0).format(null);
        assertTrue(problem.startsWith(out + ": error: cannot write the new bundle: file name too long ("), problem);
        assertTrue(problem.endsWith("); the previous bundle is unchanged: use shorter file names in the plan or a "
                + "shorter outputDirectory"), problem);
        assertEquals(List.of("out", "out/index.html"), tree(root), "no staging folder left, the old bundle intact");
    }

    @Test
    void aPreviousBundleThatCannotBeMovedAsideStaysAndTheNewOneIsRemoved() throws IOException {
        Path out = previousBundle();
        BundleWriter writer = new BundleWriter(out, (from, to) -> {
            throw new java.nio.file.FileSystemException(from.toString(), null, "Device or resource busy");
        });
        Path staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics).orElseThrow();

        assertFalse(writer.publish(staged, diagnostics));

        assertEquals(List.of(out + ": error: cannot replace the previous bundle: device or resource busy (" + out
                + "); it is unchanged: a mount point or a folder in use cannot be replaced: point outputDirectory at "
                + "a folder inside it"), diagnostics.problems().stream().map(p -> p.format(null)).toList());
        assertEquals(List.of("out", "out/index.html"), tree(root));
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }

    @Test
    void whenTheNewBundleCannotMoveInThePreviousOneIsMovedBack() throws IOException {
        Path out = previousBundle();
        int[] moves = {0};
        BundleWriter writer = new BundleWriter(out, (from, to) -> {
            if (++moves[0] == 2) {
                throw new java.nio.file.FileSystemException(from.toString(), to.toString(), "No space left on device");
            }
            Files.move(from, to);
        });
        Path staged = writer.stage(manifest("index.html", "new"), BUILD_TIME, diagnostics).orElseThrow();

        assertFalse(writer.publish(staged, diagnostics));

        String problem = diagnostics.problems().get(0).format(null);
        assertTrue(problem.contains("cannot move the new bundle into place: no space left on device")
                && problem.endsWith("the previous bundle is unchanged: free some space or choose another "
                + "outputDirectory"), problem);
        assertEquals(List.of("out", "out/index.html"), tree(root));
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }

    @Test
    void thePublishedBundleGetsTheFolderPermissionsMkdirGivesNotOwnerOnly() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews()
                .contains("posix"), "the file system has no POSIX permissions to compare");
        Path out = root.resolve("out");
        BundleWriter writer = new BundleWriter(out);
        writer.publish(writer.stage(manifest("index.html", "x"), BUILD_TIME, diagnostics).orElseThrow(), diagnostics);
        Path plain = Files.createDirectory(root.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    private Path previousBundle() throws IOException {
        Path out = Files.createDirectories(root.resolve("out"));
        Files.writeString(out.resolve("index.html"), "previous");
        return out;
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
