package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/** The sample plan's bundle, opened from file:// in headless Chromium, as a reader at the recovery site would. */
@Tag("browser")
class ExampleBundleBrowserTest {

    @RegisterExtension
    static final HeadlessChromium browser = new HeadlessChromium();
    private static Path bundle;

    @BeforeAll
    static void build() {
        bundle = BrowserSites.build(Path.of("../content"), "example-bundle", b -> b
                .baseDirectory(Path.of(".."))
                .buildTime(Instant.parse("2026-11-25T00:00:00Z")));
    }

    @Test
    void everyPageLoadsWithNoJavaScriptErrorAndNoRequestOutsideTheBundle() throws IOException {
        int pages = browser.openEveryPage(bundle);
        assertTrue(pages >= 15, "pages: " + pages);
    }

    @Test
    void sidebarLinksLeadToThePagesTheyName() {
        browser.open(bundle.resolve("procedures/restore-database.html"));
        WebElement link = browser.driver().findElement(By.linkText("6.1 Key actions and milestones"));
        link.click();
        assertEquals("6.1 Key actions and milestones",
                browser.driver().findElement(By.cssSelector("main h1")).getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/key-actions.html"));
    }

    @Test
    void onAPhoneTheMenuOpensAndNothingScrollsSideways() {
        var window = browser.driver().manage().window();
        Dimension before = window.getSize();
        try {
            window.setSize(new Dimension(360, 740));
            browser.open(bundle.resolve("procedures/restore-database.html"));
            WebElement sidebar = browser.driver().findElement(By.id("sidebar"));
            assertTrue(!sidebar.isDisplayed(), "the section list is folded away on a phone");
            browser.driver().findElement(By.cssSelector(".nav-toggle")).click();
            assertTrue(sidebar.isDisplayed(), "the menu button shows the section list");
            Number overflow = (Number) browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow.intValue(), "page is wider than the phone screen");
        } finally {
            window.setSize(before);
        }
    }

    @Test
    void theWalletCardPrintsOnOneA6PageWithEveryPhoneNumber() throws IOException {
        browser.open(bundle.resolve("wallet-card.html"));
        PrintOptions a6 = new PrintOptions();
        a6.setPageSize(new PageSize(14.8, 10.5));
        a6.setPageMargin(new PageMargin(0.5, 0.5, 0.5, 0.5));
        a6.setShrinkToFit(false);
        byte[] pdf = Base64.getDecoder().decode(browser.driver().print(a6).getContent());
        try (PDDocument card = Loader.loadPDF(pdf)) {
            assertEquals(1, card.getNumberOfPages(), "the wallet card fits one A6 page");
            String text = new PDFTextStripper().getText(card);
            for (String phone : List.of("+1 555 0199", "482913#", "+1 555 0140", "+1 555 0143", "+1 555 0160")) {
                assertTrue(text.contains(phone), phone + " missing from the printed card:\n" + text);
            }
            assertTrue(!text.contains("Print the card"), "the button is not printed");
        }
    }

    @Test
    void theOverviewListsSectionsByShortestRtoAtAClick() {
        browser.open(bundle.resolve("index.html"));
        WebElement byRto = browser.driver().findElement(By.cssSelector("[data-view-of=rto]"));
        assertTrue(!byRto.isDisplayed(), "plan order first");
        browser.driver().findElement(By.cssSelector("button[data-view=rto]")).click();
        assertTrue(byRto.isDisplayed());
        assertTrue(!browser.driver().findElement(By.cssSelector("[data-view-of=plan]")).isDisplayed());
        List<String> rtos = byRto.findElements(By.cssSelector("tbody td:nth-child(3)")).stream()
                .map(WebElement::getText).toList();
        List<Long> minutes = rtos.stream().map(ExampleBundleBrowserTest::minutes).toList();
        assertEquals(minutes.stream().sorted().toList(), minutes, rtos.toString());
        assertEquals(browser.driver().findElements(By.cssSelector("[data-view-of=plan] tbody td:nth-child(3)"))
                .stream().filter(td -> !td.getAttribute("textContent").equals("—")).count(), rtos.size(),
                "every section with an RTO (the plan-order table is hidden: its text is read from the DOM)");
    }

    private static long minutes(String rto) {
        return org.drplan.config.PlanDuration.parse(rto).orElseThrow(() -> new AssertionError("not a duration: " + rto))
                .value().toMinutes();
    }
}
