package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.drplan.config.LinkCheck;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runbooks written for other tools build with {@code linkCheck=warn} into bundles whose pages open cleanly in a
 * browser: our foreign-runbooks fixture always, and every folder of the shared corpora
 * ({@code ../../shared/corpora/}, real public runbooks). A machine without the corpora shows that test as
 * skipped, with the reason; it never passes with nothing checked.
 */
@Tag("browser")
class ImportedRunbooksBrowserTest {

    private static final Path CORPORA = Path.of("../../shared/corpora");
    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    static List<Path> corpora() throws IOException {
        if (!Files.isDirectory(CORPORA)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(CORPORA)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void foreignRunbooksFixtureOpensInTheBrowser() throws IOException {
        buildAndOpen(Path.of("src/test/resources/foreign-runbooks"), "foreign-runbooks");
    }

    @TestFactory
    Stream<DynamicTest> eachSharedCorpusBuildsWithLinkCheckWarnAndOpensInTheBrowser() throws IOException {
        List<Path> corpora = corpora();
        if (corpora.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("shared corpora", () -> abort("no corpora at "
                    + CORPORA.toAbsolutePath().normalize() + ": the shared corpora are not on this machine")));
        }
        return corpora.stream().map(corpus -> DynamicTest.dynamicTest(corpus.getFileName().toString(),
                () -> buildAndOpen(corpus, "corpus-" + corpus.getFileName())));
    }

    /**
     * Builds with {@code linkCheck=warn}: their links dangle on purpose, so each must be reported where it is
     * written and none may stop the bundle; then every page must open cleanly.
     */
    private static void buildAndOpen(Path content, String name) throws IOException {
        Path out = Path.of("target/browser-test").resolve(name).toAbsolutePath();
        BuildReport report = Drplan.build(BuildConfig.builder(content, out).baseDirectory(content)
                .linkCheck(LinkCheck.WARN).build());
        assertTrue(report.succeeded(), () -> String.join("\n", report.formattedProblems()));
        List<String> unlocated = report.formattedProblems().stream()
                .filter(p -> p.contains("not found") && !p.matches("[^:]+:\\d+:\\d+: warning: .*")).toList();
        assertEquals(List.of(), unlocated, "dangling links must be reported at their line and column");
        int pages = browser.openEveryPage(out);
        assertTrue(pages > 2, name + " pages: " + pages);
    }
}
