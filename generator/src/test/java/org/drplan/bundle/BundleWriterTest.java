package org.drplan.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

        Path staged = writer.stage(manifest("procedures/restore.html", "restore", "index.html", "new"), BUILD_TIME);
        assertEquals("from the previous plan", Files.readString(out.resolve("stale.html")),
                "staging must not touch the published bundle");
        writer.publish(staged);

        assertEquals(List.of("index.html", "procedures", "procedures/restore.html"), tree(out));
        assertEquals(List.of("out"), tree(root).stream().filter(p -> !p.contains("/")).toList());
    }

    @Test
    void filesAndFoldersCarryTheBuildTimeNotTheClock() throws IOException {
        Path out = root.resolve("out");
        BundleWriter writer = new BundleWriter(out);

        writer.publish(writer.stage(manifest("index.html", "x", "procedures/a/b.html", "y"), BUILD_TIME));

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

        writer.discard(writer.stage(manifest("index.html", "broken"), BUILD_TIME));

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
        Diagnostics diagnostics = new Diagnostics(false);

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

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
