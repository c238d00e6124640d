package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drplan.config.LinkCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No page is wider than a 360 px phone screen (the document's scroll width), in the sample plan, our imported
 * runbooks fixture and every shared corpus: long URLs, identifiers and titles wrap, and only tables and code scroll
 * inside their own box.
 */
@Tag("browser")
class NarrowScreenBrowserTest {

    private static final int PHONE = 360;

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    @AfterEach
    void desktopAgain() {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void noPageOfTheSampleOrOfImportedRunbooksIsWiderThanAPhone() throws IOException {
        List<Path> bundles = new ArrayList<>();
        bundles.add(BrowserSites.build(Path.of("../content"), "narrow-sample", b -> b.baseDirectory(Path.of("..")).pdf(false)));
        bundles.add(BrowserSites.build(Path.of("src/test/resources/foreign-runbooks"), "narrow-foreign",
                b -> b.linkCheck(LinkCheck.WARN).pdf(false)));
        List<Path> corpora = ImportedRunbooksBrowserTest.corpora();
        // Without the shared corpora the sample and the fixture are still checked; the log says what was left out.
        System.out.println(corpora.isEmpty() ? "NarrowScreenBrowserTest: no shared corpora on this machine, only the "
                + "sample plan and the foreign-runbooks fixture are checked" : "NarrowScreenBrowserTest: corpora "
                + corpora.stream().map(c -> c.getFileName().toString()).toList());
        for (Path corpus : corpora) {
            bundles.add(BrowserSites.build(corpus, "narrow-" + corpus.getFileName(), b -> b
                    .baseDirectory(corpus).linkCheck(LinkCheck.WARN).pdf(false)));
        }
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        List<String> wide = new ArrayList<>();
        int pages = 0;
        for (Path bundle : bundles) {
            for (Path page : pages(bundle)) {
                browser.open(page);
                pages++;
                long width = (Long) browser.script("return document.documentElement.scrollWidth;");
                if (width > PHONE) {
                    wide.add(bundle.getFileName() + "/" + bundle.relativize(page) + ": " + width + " px");
                }
            }
        }
        assertTrue(pages > 25, "pages checked: " + pages);
        assertEquals(List.of(), wide, "pages wider than " + PHONE + " px");
    }

    private static List<Path> pages(Path bundle) throws IOException {
        try (Stream<Path> walk = Files.walk(bundle)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !bundle.relativize(p).startsWith("assets")).sorted().toList();
        }
    }
}
