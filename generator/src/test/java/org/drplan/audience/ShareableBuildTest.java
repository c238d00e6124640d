package org.drplan.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.drplan.build.BuildReport;
import org.drplan.build.Editions;
import org.drplan.config.Audience;
import org.drplan.config.BuildConfig;
import org.drplan.testing.RestrictedPlans;
import org.drplan.testing.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A shareable bundle ({@code audience=shareable}): sections marked {@code audience: restricted}, {@code !!! restricted}
 * blocks and the {@code team.yml} fields marked {@code restricted} are left out, a link to a left-out section reads as
 * text, and the bundle is proved, file by file (the PDF page by page), to publish nothing sensitive of theirs; a leak
 * is an error at the published file's line with the value masked, and nothing is written.
 */
class ShareableBuildTest {

    private static final String PLAN = RestrictedPlans.SUPPLIER_SHARE;


    @Test
    void restrictedSectionsBlocksAndTeamFieldsAreLeftOutAndNoFileOfTheBundleCarriesThem() throws IOException {
        TestSite shareable = TestSite.build(PLAN, b -> b.audience(Audience.SHAREABLE)).assertSucceeded();
        shareable.assertNoFile("contacts.html");
        for (Path file : files(shareable.output())) {
            String text = file.toString().endsWith(".pdf") ? pdfText(file)
                    : new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String secret : List.of("900123", "ada@home", "900456", "AbCdEf0123456789", "10.20.30.40",
                    "Vault", "href=\"contacts.html\"")) {
                assertFalse(text.contains(secret), file + " carries " + secret);
            }
        }
        shareable.assertFile("scope.html").contains("After the vault.", "Database Lead, Ana Silva");
        shareable.assertFile("team.html").contains("Aiyana Brooks", "ana.silva@example.com")
                .doesNotContain("555 0144");

        TestSite full = TestSite.build(PLAN).assertSucceeded();
        full.assertFile("contacts.html").contains("+44 7700 900123", "restricted-note");
        full.assertFile("scope.html").doesNotContain("restricted-note");
        full.assertFile("scope.html").contains("admonition-restricted", "10.20.30.40");
        full.assertFile("team.html").contains("+44 7700 900456", "+1 555 0144");
        assertTrue(pdfText(full.output().resolve("plan.pdf")).contains("not in the shareable edition"));
    }

    @Test
    void aLinkToALeftOutSectionReadsAsItsTitleInPlainTextAndIsNoError() {
        TestSite shareable = TestSite.build(PLAN, b -> b.audience(Audience.SHAREABLE).pdf(false)).assertSucceeded();
        assertEquals(List.of(), shareable.problems().stream().filter(p -> p.contains("contacts")).toList());
        org.jsoup.nodes.Document scope = shareable.assertFile("scope.html").html();
        List<Element> withheld = scope.select("a.withheld-link");
        assertEquals(List.of("Private contacts", "the private list"), withheld.stream().map(Element::text).toList());
        withheld.forEach(a -> assertFalse(a.hasAttr("href"), a.outerHtml()));
        assertTrue(withheld.get(0).attr("title").contains("not in this edition"), withheld.get(0).outerHtml());
        shareable.assertFile("restore.html").contains("tell the people in");
    }

    @Test
    void aRestrictedTeamPageLeavesTheCardsOfTeamYmlOnAPageMadeFromIt() {
        String restrictedTeamPage = PLAN.replace("title: Private contacts\n", "title: Private contacts\ntype: team\n");
        TestSite full = TestSite.build(restrictedTeamPage, b -> b.pdf(false)).assertSucceeded();
        full.assertFile("contacts.html").contains("Ana Silva", "+44 7700 900123");
        TestSite shareable = TestSite.build(restrictedTeamPage, b -> b.audience(Audience.SHAREABLE).pdf(false))
                .assertSucceeded();
        shareable.assertNoFile("contacts.html");
        shareable.assertFile("team.html").contains("Ana Silva", "+1 555 0143", "Aiyana Brooks")
                .doesNotContain("555 0144", "900123");
        assertEquals("team.html#role-dba-lead", shareable.assertFile("scope.html").html()
                .select("a").stream().filter(a -> a.text().equals("Database Lead, Ana Silva")).findFirst()
                .orElseThrow().attr("href"), "a role link lands on its card");
    }

    @Test
    void drplanYmlMayAskForBothEditionsAndAParameterOverridesIt() {
        Path root = TestSite.write(PLAN + "-- content/drplan.yml --\naudiences: [full, shareable]\n");
        BuildConfig config = BuildConfig.forTest(root).toBuilder().pdf(false).build();
        List<BuildReport> reports = Editions.build(config, List.of());
        assertEquals(List.of(root.resolve("out-shareable"), root.resolve("out")),
                reports.stream().map(BuildReport::outputDirectory).toList());
        assertTrue(reports.stream().allMatch(BuildReport::succeeded));
        assertTrue(Files.exists(root.resolve("out/contacts.html")));
        assertFalse(Files.exists(root.resolve("out-shareable/contacts.html")));
        assertEquals(List.of(Audience.FULL), Editions.configs(config, List.of(Audience.FULL)).stream()
                .map(BuildConfig::audience).toList(), "a parameter says which, over drplan.yml");

        TestSite wrong = TestSite.build(PLAN + "-- content/drplan.yml --\naudiences: [full, everyone]\n",
                b -> b.pdf(false)).assertFailed();
        assertTrue(wrong.problems().contains("content/drplan.yml:1:19: error: 'everyone' is not an audience: write "
                + "full, shareable or both, [full, shareable]"), wrong.problems().toString());
    }

    @Test
    void aFileOnlyALeftOutSectionOrBlockShowsIsLeftOutWithIt() {
        String plan = PLAN.replace("Ada's personal mobile:", "![Ada's card](images/ada-card.svg) "
                + "[the safe](files/safe.txt) Ada's personal mobile:")
                .replace("- [ ] Restore the database;", "- [ ] Restore the database (see [the safe](files/safe.txt));")
                + "-- content/images/ada-card.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"
                + "-- content/files/safe.txt --\nThe safe is by the door.\n"
                + "-- content/images/vault.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";
        plan = plan.replace("The vault's admin token is", "![the vault's console](images/vault.svg) The vault's admin token is");
        TestSite shareable = TestSite.build(plan, b -> b.audience(Audience.SHAREABLE).pdf(false)).assertSucceeded();
        shareable.assertNoFile("images/ada-card.svg");
        shareable.assertNoFile("images/vault.svg");
        shareable.assertFile("files/safe.txt").contains("by the door");
        shareable.assertFile("SHA256SUMS").doesNotContain("ada-card.svg");
        TestSite full = TestSite.build(plan, b -> b.pdf(false)).assertSucceeded();
        full.assertFile("images/ada-card.svg");
        full.assertFile("images/vault.svg");
    }

    @Test
    void theShareableEditionHasItsOwnBuildIdAndSaysWhatItIsOnEveryPageAndInBuildInfo() throws IOException {
        TestSite shareable = TestSite.build(PLAN, b -> b.audience(Audience.SHAREABLE).pdf(false)).assertSucceeded();
        TestSite full = TestSite.build(PLAN, b -> b.pdf(false)).assertSucceeded();
        String shareableId = shareable.assertFile("index.html").html().selectFirst("html").attr("data-build");
        String fullId = full.assertFile("index.html").html().selectFirst("html").attr("data-build");
        assertNotEquals(fullId, shareableId);
        shareable.assertFile("BUILD-INFO.txt").contains("edition:       shareable edition", shareableId);
        full.assertFile("BUILD-INFO.txt").doesNotContain("edition:");
        assertEquals("shareable edition", shareable.assertFile("restore.html").html().selectFirst(".brand-meta .edition")
                .text());
        assertTrue(full.assertFile("restore.html").html().select(".edition").isEmpty());
    }

    @Test
    void aLeakIsAnErrorWhereASectionWritesItOrElseAtThePublishedFileOrPdfPageMaskedAndNothingIsWritten() {
        TestSite leaking = TestSite.build(PLAN.replace("What the plan covers.",
                "What the plan covers. Out of hours, ring Ada on 07700 900 123.")
                        .replace("email: ana.silva@example.com", "email: ada@home.example.org"),
                b -> b.audience(Audience.SHAREABLE)).assertFailed();
        List<String> leaks = leaking.problems().stream().filter(p -> p.contains("restricted material")).toList();
        assertEquals(List.of("content/scope.md:5:49: error: the shareable bundle would publish a phone number of "
                + "restricted material (+44…23): mark where it is written 'audience: restricted' too, or take it out"),
                leaks.stream().filter(p -> p.contains("phone number")).toList(),
                "where a section writes it, and only there");
        assertTrue(leaks.stream().anyMatch(p -> p.matches("out/team\\.html:\\d+:\\d+: error: the shareable bundle "
                + "would publish an e-mail address of restricted material \\(ada…rg\\): .*")), leaks.toString());
        assertTrue(leaks.stream().anyMatch(p -> p.matches("out/plan\\.pdf: error: .*e-mail address of restricted "
                + "material \\(ada…rg\\) on page \\d+: .*")), leaks.toString());
        assertTrue(leaks.stream().noneMatch(p -> p.contains("assets/search/")), "the pages and the PDF are named");
        assertTrue(leaks.stream().noneMatch(p -> p.contains("900123") || p.contains("900 123")
                || p.contains("ada@")), "never in full");
        assertFalse(Files.exists(leaking.output()), "nothing written");
    }

    @Test
    void aTeamFieldThatRestrictedCannotLeaveOutIsAnErrorAtItsPlace() {
        TestSite wrong = TestSite.build(PLAN.replace("restricted: [phone]", "restricted: [phone, mobile]"),
                b -> b.pdf(false)).assertFailed();
        assertTrue(wrong.problems().stream().anyMatch(p -> p.matches("content/team\\.yml:13:\\d+: error: 'mobile' is "
                + "not a field of a role that 'restricted' can leave out: write name, organisation, location, phone, "
                + "email.*")), wrong.problems().toString());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
