package org.drplan.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    @TempDir
    Path root;

    @Test
    void publishReplacesThePreviousBundleWholeAndLeavesNothingBeside() throws IOException {
        Path out = root.resolve("out");
        Files.createDirectories(out.resolve("old-folder"));
        Files.writeString(out.resolve("stale.html"), "from the previous plan");
        BundleContents contents = new BundleContents();
        contents.add("index.html", "new".getBytes(StandardCharsets.UTF_8));
        contents.add("procedures/restore.html", "restore".getBytes(StandardCharsets.UTF_8));
        BundleWriter writer = new BundleWriter(out);

        Path staged = writer.stage(contents);
        assertEquals("from the previous plan", Files.readString(out.resolve("stale.html")),
                "staging must not touch the published bundle");
        writer.publish(staged);

        assertEquals(List.of("index.html", "procedures", "procedures/restore.html"), tree(out));
        assertEquals(List.of("out"), tree(root).stream().filter(p -> !p.contains("/")).toList());
    }

    @Test
    void discardRemovesTheStagedBundleOnly() throws IOException {
        Path out = root.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        BundleContents contents = new BundleContents();
        contents.add("index.html", "broken".getBytes(StandardCharsets.UTF_8));
        BundleWriter writer = new BundleWriter(out);

        writer.discard(writer.stage(contents));

        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("out", "out/index.html"), tree(root));
    }

    @Test
    void secondEntryForOnePathIsRefusedAndNamesTheFirst() {
        BundleContents contents = new BundleContents();
        assertFalse(contents.add("index.html", new byte[0]).isPresent());
        assertEquals("a page drplan generates", contents.copy("index.html", Path.of("content/index.html")).orElseThrow());
    }

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
