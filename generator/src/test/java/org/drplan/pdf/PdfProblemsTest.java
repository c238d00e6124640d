package org.drplan.pdf;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/** What the PDF cannot show is said where the plan has it; without a PDF the bundle does not promise one. */
class PdfProblemsTest {

    @Test
    void aCharacterNoFontHasIsAWarningAtItsFirstPlace() {
        TestSite site = TestSite.build("""
                -- content/scope.md --
                # Scope
                The Tokyo office (東京) and Greek Ω print; the first two do not.
                """).assertSucceeded();

        site.assertProblems(
                "content/scope.md:2:19: warning: the PDF's fonts have no glyph for '東' (U+6771): it prints as an "
                        + "empty box in plan.pdf",
                "content/scope.md:2:20: warning: the PDF's fonts have no glyph for '京' (U+4EAC): it prints as an "
                        + "empty box in plan.pdf");
        site.assertFile("plan.pdf");
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
