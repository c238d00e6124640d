package org.drplan.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * {@code binding:} in drplan.yml: a binder printed on both sides has its rings at the left of odd pages and the right
 * of even ones (mirrored margins); printed on one side, at the left of every page.
 */
class BindingMarginsTest {

    private static final float MM = 72f / 25.4f;

    private static String plan(String binding) {
        StringBuilder plan = new StringBuilder("-- content/drplan.yml --\ntitle: Binder\n" + binding);
        for (int i = 1; i <= 3; i++) {
            plan.append("-- content/s").append(i).append(".md --\n# Section ").append(i).append("\n")
                    .append("Text of section ").append(i).append(".\n");
        }
        return plan.toString();
    }

    @Test
    void simplexPutsTheWideMarginAtTheLeftOfEveryPage() throws IOException {
        List<Float> left = leftTextEdges(plan("binding: simplex\n"));
        for (int page = 2; page <= left.size(); page++) {
            assertEquals(26, left.get(page - 1) / MM, 0.6, "page " + page + "'s text starts 26 mm from the left");
        }
    }

    @Test
    void duplexIsTheDefaultAndMirrorsTheMarginsOnEvenPages() throws IOException {
        List<Float> byDefault = leftTextEdges(plan(""));
        assertEquals(byDefault, leftTextEdges(plan("binding: duplex\n")));
        assertTrue(byDefault.size() >= 4, "pages: " + byDefault.size());
        for (int page = 2; page <= byDefault.size(); page++) {
            assertEquals(page % 2 == 0 ? 16 : 26, byDefault.get(page - 1) / MM, 0.6, "page " + page);
        }
    }

    @Test
    void anotherValueIsAnErrorThatSaysWhatItCanBe() {
        TestSite.build(plan("binding: both\n")).assertFailed().assertProblemsBesidesPlanOutline(
                "content/drplan.yml:2:10: error: invalid binding 'both': expected duplex (printed on both sides, "
                        + "the default) or simplex (one side)");
    }

    /** The left edge of each page's leftmost text, in points (the cover's first, then every page). */
    private static List<Float> leftTextEdges(String plan) throws IOException {
        TestSite site = TestSite.build(plan).assertSucceeded();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(site.output().resolve("plan.pdf")))) {
            List<Float> edges = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                float[] left = {Float.MAX_VALUE};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        positions.forEach(p -> left[0] = Math.min(left[0], p.getXDirAdj()));
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(pdf);
                edges.add(left[0]);
            }
            return edges;
        }
    }
}
