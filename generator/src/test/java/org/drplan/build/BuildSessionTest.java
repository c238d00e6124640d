package org.drplan.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.Drplan;
import org.drplan.config.BuildConfig;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/** Successive builds that keep what did not change give the bundle a fresh build of the same files gives. */
class BuildSessionTest {

    @Test
    void eachBuildOfASessionIsTheBundleAFreshBuildWrites() throws IOException {
        Path root = TestSite.write("""
                -- content/scope.md --
                ---
                title: Scope
                type: scope
                ---
                What the plan covers; see [[restore]] and [[restore#verify]].
                -- content/restore.md --
                ---
                title: Restore
                type: procedure
                ---
                - [ ] Restore the database.
                ## Verify
                - [ ] Count the rows.
                -- content/team.md --
                ---
                title: Team
                type: team
                ---
                Who does what.
                """);
        BuildSession session = new BuildSession();
        BuildConfig config = BuildConfig.forTest(root).toBuilder().pdf(false).build();
        List<Runnable> edits = List.of(
                () -> { },
                () -> write(root.resolve("content/restore.md"), "---\ntitle: Restore from backup\ntype: procedure\n"
                        + "---\n- [ ] Restore the database.\n## Verify\n- [ ] Count the rows twice.\n"),
                () -> write(root.resolve("content/scope.md"), "---\ntitle: Scope\ntype: scope\n---\nOnly [[team]].\n"),
                () -> write(root.resolve("content/extra.md"), "---\ntitle: Extra\ntype: annex\n---\n"
                        + "See [[restore#verify]].\n"),
                () -> write(root.resolve("content/scope.md"), "---\ntitle: Scope\ntype: scope\n---\nAll of it.\n"));
        for (int i = 0; i < edits.size(); i++) {
            edits.get(i).run();
            BuildReport kept = session.build(config.withOutputDirectory(root.resolve("session")));
            BuildReport fresh = Drplan.build(config.withOutputDirectory(root.resolve("fresh-" + i)));
            assertTrue(kept.succeeded() && fresh.succeeded(), kept.formattedProblems().toString());
            assertEquals(fresh.formattedProblems(), kept.formattedProblems());
            assertSameFiles(root.resolve("fresh-" + i), root.resolve("session"));
        }
        assertTrue(session.build(config.withOutputDirectory(root.resolve("session"))).formattedProblems().stream()
                .anyMatch(p -> p.contains("extra.md:3:7: warning: unknown type")), "a remembered file's warning");
    }

    @Test
    void aPreviewsPagesAreThePagesTheBuildWritesAndItsProblemsTheBuildsUpToThePages() throws IOException {
        Path root = TestSite.write("""
                -- content/scope.md --
                ---
                title: Scope
                type: scope
                ---
                What the plan covers; see [[restore]] and [[restore#verify]].
                -- content/restore.md --
                ---
                title: Restore
                type: procedure
                ---
                - [ ] Restore the database. {~30m}
                ## Verify
                - [ ] Count the rows.
                -- content/team.yml --
                roles:
                  - id: dba-lead
                    title: Database lead
                    name: Ada
                    phone: "+44 20 7946 0000"
                """);
        BuildSession session = new BuildSession();
        BuildConfig config = BuildConfig.forTest(root).toBuilder().pdf(false).build();
        session.build(config.withOutputDirectory(root.resolve("session")));
        write(root.resolve("content/restore.md"), "---\ntitle: Restore from backup\ntype: procedure\n---\n"
                + "- [ ] Restore the database. {~45m}\n## Verify\n- [ ] Count the rows twice.\n");
        PagePreview preview = session.preview(config);
        BuildReport built = Drplan.build(config.withOutputDirectory(root.resolve("fresh")));
        assertTrue(preview.succeeded() && built.succeeded(), built.formattedProblems().toString());
        assertEquals(built.summary().buildId(), preview.buildId());
        List<Path> pages;
        try (Stream<Path> all = Files.walk(root.resolve("fresh"))) {
            pages = all.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("/assets/")).toList();
        }
        assertTrue(pages.size() >= 8, pages.toString());
        for (Path page : pages) {
            String path = root.resolve("fresh").relativize(page).toString().replace('\\', '/');
            assertEquals(Files.readString(page), preview.page(path).orElseThrow(() -> new AssertionError(path)), path);
        }
        assertEquals(java.util.Optional.empty(), preview.page("assets/drplan.css"));
        assertEquals(java.util.Optional.empty(), preview.page("nowhere.html"));

        write(root.resolve("content/scope.md"), "---\ntitle: Scope\ntype: scope\n---\nSee [[nowhere]].\n");
        PagePreview broken = session.preview(config);
        assertFalse(broken.succeeded());
        assertEquals(java.util.Optional.empty(), broken.page("scope.html"));
        assertTrue(broken.problems().stream().anyMatch(p -> p.isError() && p.message().contains("nowhere")),
                broken.problems().toString());
    }

    @Test
    void aCancelledBuildWritesNothingAndSaysItWasCancelledNotFailed() throws IOException {
        Path root = TestSite.write("""
                -- content/scope.md --
                ---
                title: Scope
                type: scope
                ---
                What the plan covers.
                """);
        BuildConfig config = BuildConfig.forTest(root).toBuilder().pdf(false).build();
        SiteBuilder builder = new BuildSession().builder(config);
        builder.cancel();
        BuildReport report = builder.build();
        assertTrue(report.cancelled());
        assertFalse(report.succeeded());
        assertTrue(report.errors().isEmpty(), report.formattedProblems().toString());
        assertFalse(Files.exists(config.outputDirectory()), "nothing written");
        assertTrue(Drplan.build(config).succeeded() && !Drplan.build(config).cancelled());
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(expected)) {
            files = all.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
        }
        try (Stream<Path> all = Files.walk(actual)) {
            assertEquals(files, all.filter(Files::isRegularFile).map(actual::relativize).sorted().toList());
        }
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                    file.toString());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
