package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * verify.html from file:// in Chromium: the reader picks a copy's folder (the folder input, given a path as a person
 * would pick it) and the page names what is missing, changed and extra, hashing with Web Crypto. Firefox runs the
 * same check in {@link FirefoxVerifyPageTest}.
 */
@Tag("browser")
class VerifyPageBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();

    private static Path built;

    @BeforeAll
    static void build() {
        built = TestSite.build(BrowserSites.CHECKLIST_PLAN, b -> b.pdf(false)).assertSucceeded().output();
    }

    @Test
    void anIntactCopySaysSoAndNamesItsBuild(@TempDir Path tmp) throws IOException {
        Path copy = copy(built, tmp.resolve("usb/drplan"));
        pick(built, copy);
        String buildId = browser.driver().findElement(By.cssSelector("html")).getAttribute("data-build");
        assertTrue(buildId.matches("[0-9a-f]{12}"), buildId);
        assertEquals("Intact: all " + listed(copy) + " files match SHA256SUMS. The folder is build " + buildId
                + ", the same as this page.", status());
        assertEquals("", text("#verify-results"));
        assertEquals(List.of(), browser.takeSevereConsoleMessages());
    }

    @Test
    void aDamagedCopyNamesEveryMissingChangedAndExtraFile(@TempDir Path tmp) throws IOException {
        Path copy = copy(built, tmp.resolve("usb/drplan"));
        Files.delete(copy.resolve("checklist.html"));
        Files.writeString(copy.resolve("index.html"), "<!-- edited -->", StandardOpenOption.APPEND);
        Files.writeString(copy.resolve("notes.txt"), "added");
        Files.writeString(copy.resolve(".DS_Store"), "finder");
        // the page the reader has open is the intact original: it checks the copy it is pointed at
        pick(built, copy);
        assertTrue(status().startsWith("NOT INTACT: 1 missing, 1 changed, 1 extra, of " + listed(copy) + " files."),
                status());
        assertEquals(List.of("checklist.html"), items(".verify-missing"));
        assertEquals(List.of("index.html"), items(".verify-changed"));
        assertEquals(List.of("notes.txt"), items(".verify-extra"));
        assertEquals(List.of(".DS_Store"), items(".verify-ignored"));
    }

    @Test
    void aFolderWithoutSha256SumsGetsAPlainAnswer(@TempDir Path tmp) throws IOException {
        Path copy = copy(built, tmp.resolve("usb/drplan"));
        Files.delete(copy.resolve("SHA256SUMS"));
        pick(built, copy);
        assertTrue(status().startsWith("The folder has no SHA256SUMS. Pick the bundle's own folder"), status());
    }

    private static void pick(Path page, Path folder) {
        browser.open(page.resolve("verify.html"));
        browser.driver().findElement(By.id("verify-folder")).sendKeys(folder.toString());
        browser.waitUntil(d -> {
            String s = status();
            return s.startsWith("Intact") || s.startsWith("NOT INTACT") || s.startsWith("The folder");
        });
    }

    private static String status() {
        return text("#verify-status");
    }

    private static String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    private static List<String> items(String css) {
        return browser.driver().findElements(By.cssSelector(css + " li")).stream().map(e -> e.getText()).toList();
    }

    private static long listed(Path bundle) throws IOException {
        return Files.readAllLines(bundle.resolve("SHA256SUMS")).size();
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
