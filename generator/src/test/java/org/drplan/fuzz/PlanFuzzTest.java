package org.drplan.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.drplan.diagnostics.Problem;
import org.drplan.render.PageLinks;
import org.drplan.render.SectionHtmlRenderer;
import org.drplan.search.SearchParts;

/**
 * Any front-matter, Markdown and links, fuzzed with Jazzer through parsing, the plan model, link resolution, page
 * rendering and search: drplan may reject the input, but only with problems located in the plan's files, never
 * with an exception. The build fuzzes for ten seconds in its own JVM (surefire execution {@code fuzz}); seeds are in
 * {@code PlanFuzzTestInputs/}.
 */
class PlanFuzzTest {

    private static final Path ROOT = createRoot();
    private static final SectionHtmlRenderer RENDERER = new SectionHtmlRenderer();

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("drplan-fuzz-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The run on every build: ten seconds. */
    @FuzzTest(maxDuration = "10s")
    void anyPlanTextGivesLocatedProblemsOrAPlan(FuzzedDataProvider data) throws IOException {
        check(data);
    }

    /** The longer run, by hand: {@code mvn -pl generator test-compile surefire:test@fuzz -Ddrplan.fuzzTest=PlanFuzzTest#fifteenMinutes}. */
    @FuzzTest(maxDuration = "15m")
    void fifteenMinutes(FuzzedDataProvider data) throws IOException {
        check(data);
    }

    private static void check(FuzzedDataProvider data) throws IOException {
        Path content = ROOT.resolve("content");
        if (Files.exists(content)) {
            try (var files = Files.walk(content)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(content.resolve("procedures"));
        String frontMatter = data.consumeString(400);
        String body = data.consumeString(2000);
        String other = data.consumeRemainingAsString();
        write(content.resolve("procedures/restore.md"), "---\n" + frontMatter + "\n---\n" + body);
        write(content.resolve("scope.md"), other);
        write(content.resolve("team.yml"), "roles:\n  - id: dba\n    title: DBA\n    phone: \"+1 555 0100\"\n");

        SiteBuilder builder = new SiteBuilder(BuildConfig.builder(content, ROOT.resolve("out"))
                .baseDirectory(ROOT).linkCheck(LinkCheck.WARN).buildTime(java.time.Instant.EPOCH).build());
        builder.modelPlan().ifPresent(plan -> {
            plan.sections().forEach(section -> RENDERER.body(plan, section, PageLinks.sectionPage(plan,
                    section.outputPath())));
            SearchParts.of(plan);
        });
        List<Problem> problems = builder.problems();
        for (Problem problem : problems) {
            String text = problem.format(ROOT);
            if (problem.message().startsWith("drplan failed while") || !text.startsWith("content")) {
                throw new AssertionError("not a located problem in the plan: " + text);
            }
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
