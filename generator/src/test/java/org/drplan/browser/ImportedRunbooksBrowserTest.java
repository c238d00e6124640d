package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.config.LinkCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runbooks written for other tools build with {@code linkCheck=warn} into bundles whose pages open cleanly in a
 * browser: our foreign-runbooks fixture always, and every folder of the shared corpora
 * ({@code ../../shared/corpora/}, real public runbooks) when that folder is present.
 */
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

    @Test
    void sharedCorporaArePresent() throws IOException {
        assumeTrue(!corpora().isEmpty(), "no corpora at " + CORPORA.toAbsolutePath().normalize()
                + ": the shared corpora are not on this machine");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("corpora")
    void sharedCorpusBuildsWithLinkCheckWarnAndOpensInTheBrowser(Path corpus) throws IOException {
        buildAndOpen(corpus, "corpus-" + corpus.getFileName());
    }

    private static void buildAndOpen(Path content, String name) throws IOException {
        Path out = BrowserSites.build(content, name, b -> b.baseDirectory(content).linkCheck(LinkCheck.WARN));
        int pages = browser.openEveryPage(out);
        assertTrue(pages > 2, name + " pages: " + pages);
    }
}
