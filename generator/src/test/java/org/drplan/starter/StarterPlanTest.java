package org.drplan.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drplan init}: a starter plan that builds at once, lists what is left to fill in, and overwrites nothing. */
class StarterPlanTest {

    @Test
    void theStarterBuildsAtOnceAndListsEachPlaceholderAtItsLine(@TempDir Path root) throws IOException {
        Path content = root.resolve("src/drplan");
        StarterPlan.Result result = StarterPlan.write(content);
        assertEquals(StarterPlan.files().size(), result.written().size());
        assertEquals(List.of(), result.kept());

        BuildReport report = Drplan.build(BuildConfig.builder(content, root.resolve("out")).pdf(false).build());
        List<String> problems = report.formattedProblems();
        assertTrue(report.succeeded(), problems.toString());
        List<String> placeholders = problems.stream().filter(p -> p.contains("placeholder left to fill in")).toList();
        List<String> others = problems.stream().filter(p -> !p.contains("placeholder left to fill in")).toList();
        long marks = 0;
        for (String file : StarterPlan.files()) {
            marks += Files.readAllLines(content.resolve(file)).stream()
                    .mapToLong(l -> l.split(StarterPlan.PLACEHOLDER, -1).length - 1).sum();
        }
        assertEquals(marks, placeholders.size(), "one warning per mark: " + placeholders);
        assertTrue(placeholders.contains("src/drplan/team.yml:9:18: warning: placeholder left to fill in: "
                + "who decides during a recovery") || placeholders.stream().anyMatch(
                        p -> p.matches(".*team\\.yml:\\d+:\\d+: warning: placeholder left to fill in: who decides.*")),
                placeholders.toString());
        assertTrue(placeholders.stream().anyMatch(p -> p.contains("scope.md:10:1: warning: placeholder")),
                placeholders.toString());
        assertEquals(List.of(), others, "the starter has nothing else to warn about");
        String overview = Files.readString(root.resolve("out/index.html"));
        assertTrue(overview.contains(marks + " placeholders are left to fill in"), "the overview counts them");
    }

    @Test
    void anExistingFileIsLeftAloneAndNamed(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("scope.md"), "---\ntype: scope\n---\n# Mine\n");
        StarterPlan.Result result = StarterPlan.write(content);
        assertEquals(List.of(content.resolve("scope.md")), result.kept());
        assertEquals("---\ntype: scope\n---\n# Mine\n", Files.readString(content.resolve("scope.md")));
        assertFalse(result.written().contains(content.resolve("scope.md")));

        StarterPlan.Result again = StarterPlan.write(content);
        assertEquals(List.of(), again.written(), "a second init writes nothing");
        assertEquals(StarterPlan.files().size(), again.kept().size());
    }

    @Test
    void aStrictBuildRefusesAPlanWithPlaceholdersLeft(@TempDir Path root) throws IOException {
        StarterPlan.write(root.resolve("content"));
        BuildReport report = Drplan.build(BuildConfig.builder(root.resolve("content"), root.resolve("out"))
                .pdf(false).strict(true).build());
        assertFalse(report.succeeded());
        assertFalse(Files.exists(root.resolve("out")), "nothing published");
    }
}
