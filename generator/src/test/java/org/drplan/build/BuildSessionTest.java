package org.drplan.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
                () -> write(root.resolve("content/extra.md"), "---\ntitle: Extra\n---\nSee [[restore#verify]].\n"));
        for (int i = 0; i < edits.size(); i++) {
            edits.get(i).run();
            BuildReport kept = session.build(config.withOutputDirectory(root.resolve("session")));
            BuildReport fresh = Drplan.build(config.withOutputDirectory(root.resolve("fresh-" + i)));
            assertTrue(kept.succeeded() && fresh.succeeded(), kept.formattedProblems().toString());
            assertEquals(fresh.formattedProblems(), kept.formattedProblems());
            assertSameFiles(root.resolve("fresh-" + i), root.resolve("session"));
        }
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
