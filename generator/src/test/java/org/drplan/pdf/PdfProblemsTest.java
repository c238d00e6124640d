package org.drplan.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * What the PDF cannot show is said where the plan has it; without a PDF the bundle does not promise one; the paper is
 * the plan's.
 */
class PdfProblemsTest {

    @Test
    void letterPaperWhenThePlanAsksForIt() throws IOException {
        TestSite site = TestSite.build("""
                -- content/drplan.yml --
                paper: Letter
                -- content/scope.md --
                # Scope
                """).assertSucceeded();

        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(site.output().resolve("plan.pdf")))) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertEquals(612, Math.round(page.getWidth()), "8.5 in");
            assertEquals(792, Math.round(page.getHeight()), "11 in");
        }
    }

    @Test
    void aCharacterNoFontHasIsAWarningAtItsFirstPlace() {
        TestSite site = TestSite.build("""
                -- content/scope.md --
                # Scope
                The Tokyo office (東京) and Greek Ω print; the first two do not.
                """).assertSucceeded();

        site.assertProblemsBesidesPlanOutline(
                "content/scope.md:2:19: warning: the PDF's fonts have no glyph for '東' (U+6771): it prints as an "
                        + "empty box in plan.pdf",
                "content/scope.md:2:20: warning: the PDF's fonts have no glyph for '京' (U+4EAC): it prints as an "
                        + "empty box in plan.pdf");
        site.assertFile("plan.pdf");
    }

    /** The plan's title and the team file print too: a character there is checked where that file has it. */
    @Test
    void aCharacterNoFontHasInDrplanYmlOrTheTeamFileIsAWarningThere() {
        TestSite site = TestSite.build("""
                -- content/drplan.yml --
                title: 東京 plan
                -- content/team.md --
                ---
                type: team
                ---
                # Team
                -- content/team.yml --
                roles:
                  - id: ic
                    title: Incident Commander
                    name: 山田
                    phone: +81 3 5555 0100
                    alternate: ic2
                  - id: ic2
                    title: Deputy
                    phone: +81 3 5555 0101
                    alternate: ic
                """).assertSucceeded();
        site.assertProblemsBesidesPlanOutline(
                "content/drplan.yml:1:8: warning: the PDF's fonts have no glyph for '東' (U+6771): it prints as an "
                        + "empty box in plan.pdf",
                "content/drplan.yml:1:9: warning: the PDF's fonts have no glyph for '京' (U+4EAC): it prints as an "
                        + "empty box in plan.pdf",
                "content/team.yml:4:11: warning: the PDF's fonts have no glyph for '山' (U+5C71): it prints as an "
                        + "empty box in plan.pdf",
                "content/team.yml:4:12: warning: the PDF's fonts have no glyph for '田' (U+7530): it prints as an "
                        + "empty box in plan.pdf");
    }

    @Test
    void withoutAPdfNoPageLinksToOne() {
        TestSite site = TestSite.build("""
                -- content/scope.md --
                # Scope
                """, b -> b.pdf(false)).assertSucceeded();

        site.assertNoFile("plan.pdf");
        site.assertFile("index.html").doesNotContain("plan.pdf");
        site.assertFile("scope.html").doesNotContain("plan.pdf");
    }
}
