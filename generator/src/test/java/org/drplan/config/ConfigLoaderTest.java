package org.drplan.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.testing.EarlierBundle;
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

    private List<String> loadWithOutput(Path output) throws IOException {
        Files.createDirectories(root.resolve("content"));
        BuildConfig config = BuildConfig.builder(root.resolve("content"), output).baseDirectory(root).build();
        assertEquals(java.util.Optional.empty(), new ConfigLoader(new YamlReader()).load(config, diagnostics));
        return problems();
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAnErrorAndTheFileStays() throws IOException {
        Path file = Files.writeString(root.resolve("notes.txt"), "keep me");
        assertEquals(List.of("notes.txt: error: output directory is a file, not a folder; the build replaces the "
                + "output folder whole, so it will not touch this file: set outputDirectory to a folder"),
                loadWithOutput(file));
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void anOutputDirectoryHoldingOtherFilesIsNeverReplaced() throws IOException {
        Path home = Files.createDirectories(root.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "years of work");
        assertEquals(List.of(foreign("home", "thesis.tex")), loadWithOutput(home));
    }

    @Test
    void aFolderWithAChecksumFileIsNotTakenForABundle() throws IOException {
        Path dist = Files.createDirectories(root.resolve("dist"));
        Files.writeString(dist.resolve("SHA256SUMS"), "0".repeat(64) + "  app-1.0.tar.gz\n");
        Files.writeString(dist.resolve("app-1.0.tar.gz"), "a release");
        Files.createDirectories(dist.resolve("assets"));
        Files.writeString(dist.resolve("assets/drplan.css"), "body {}");
        assertEquals(List.of(foreign("dist", "SHA256SUMS")), loadWithOutput(dist));
        assertTrue(Files.exists(dist.resolve("app-1.0.tar.gz")));
    }

    @Test
    void anEarlierBundleWithAFileItsSumsDoNotListIsNotReplaced() throws IOException {
        Path site = earlierBundle("site");
        Files.writeString(site.resolve("zz-notes.txt"), "mine");
        assertEquals(List.of(foreign("site", "zz-notes.txt")), loadWithOutput(site));
    }

    private static String foreign(String folder, String file) {
        return folder + ": error: output directory holds '" + file + "', which is not part of a bundle drplan wrote "
                + "(one whose BUILD-INFO.txt names drplan and whose SHA256SUMS lists its files); the build replaces "
                + "the output folder whole, so it will not delete it: set outputDirectory to a new or empty folder, "
                + "or move that file away";
    }

    /** An earlier bundle, and the file Finder leaves in every folder it shows (not counted as foreign). */
    private Path earlierBundle(String name) throws IOException {
        Path bundle = EarlierBundle.write(root.resolve(name), Map.of("assets/drplan.css", "body {}"));
        Files.writeString(bundle.resolve(".DS_Store"), "Finder was here");
        return bundle;
    }

    @Test
    void anEarlierBundleOrAnEmptyFolderMayBeReplaced() throws IOException {
        earlierBundle("site");
        Files.createDirectories(root.resolve("content"));
        ConfigLoader loader = new ConfigLoader(new YamlReader());
        for (Path output : List.of(root.resolve("site"), Files.createDirectories(root.resolve("empty")),
                root.resolve("new/folder"))) {
            BuildConfig config = BuildConfig.builder(root.resolve("content"), output).baseDirectory(root).build();
            assertTrue(loader.load(config, diagnostics).isPresent(), output + ": " + problems());
        }
    }

    @Test
    void anOutputDirectoryReachedThroughASymbolicLinkIntoTheContentIsAnOverlap() throws IOException {
        Files.createDirectories(root.resolve("content/sub"));
        Path link = Files.createSymbolicLink(root.resolve("link"), root.resolve("content/sub"));
        assertEquals(List.of("link/site: error: output directory must not overlap the content directory "
                + root.resolve("content") + " (it is " + root.toRealPath().resolve("content/sub/site") + ")"),
                loadWithOutput(link.resolve("site")));
        assertEquals(List.of(), list(root.resolve("content/sub")), "nothing written into the content");
    }

    private static List<String> list(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
