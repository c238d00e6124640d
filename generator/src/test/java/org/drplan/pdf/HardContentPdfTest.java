package org.drplan.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What breaks printed runbooks: a table longer than a page keeps its header row on every page, a long command or
 * address wraps instead of running off the paper, a wide screenshot shrinks to the page.
 */
class HardContentPdfTest {

    private static final int ROWS = 120;
    private static PDDocument pdf;

    @BeforeAll
    static void build() throws IOException {
        StringBuilder table = new StringBuilder("| Host name | Address | Role | Site | Notes |\n|---|---|---|---|---|\n");
        for (int i = 1; i <= ROWS; i++) {
            table.append("| app-").append(i).append(".prod.example.net | 10.2.0.").append(i)
                    .append(" | application | Kestrel Park | restart after the database |\n");
        }
        Path root = TestSite.write("""
                -- content/hosts.md --
                # Hosts

                """ + table + """

                ```
                """ + "x".repeat(400) + "\n" + """
                ```

                See https://status.example.com/""" + "very-long-path-segment/".repeat(15) + """
                 for the status.

                ![Topology](wide.png)
                """);
        BufferedImage wide = new BufferedImage(3000, 300, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(wide, "png", root.resolve("content/wide.png").toFile());
        TestSite site = TestSite.buildIn(root, b -> b).assertSucceeded();
        pdf = Loader.loadPDF(Files.readAllBytes(site.output().resolve("plan.pdf")));
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderRowOnEveryPage() throws IOException {
        int pagesWithRows = 0;
        int pagesWithHeader = 0;
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            String page = text(p);
            if (page.contains(".prod.example.net")) {
                pagesWithRows++;
                pagesWithHeader += page.contains("Host name Address Role Site Notes") ? 1 : 0;
            }
        }
        assertTrue(pagesWithRows >= 2, "the table spans pages: " + pagesWithRows);
        assertEquals(pagesWithRows, pagesWithHeader, "the header row on every page of the table");
        assertTrue(text(1, pdf.getNumberOfPages()).contains("app-" + ROWS + ".prod.example.net"));
    }

    @Test
    void noTextRunsOffThePaper() throws IOException {
        List<String> outside = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition position : positions) {
                    float right = position.getXDirAdj() + position.getWidthDirAdj();
                    if (right > position.getPageWidth() - 5 * 72 / 25.4f) {
                        outside.add(text);
                        break;
                    }
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(pdf);
        assertEquals(List.of(), outside, "text within 5 mm of the paper's edge or beyond it");
        assertTrue(text(1, pdf.getNumberOfPages()).replaceAll("\\s", "").contains("x".repeat(400)),
                "the long line is all there, wrapped");
    }

    @Test
    void aWideImageIsScaledToThePage() throws IOException {
        List<Float> widths = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            new ImageWidths(widths).processPage(page);
            for (float width : widths) {
                assertTrue(width <= page.getMediaBox().getWidth() - 40 * 72 / 25.4f, "drawn " + width + " pt wide");
            }
        }
        assertEquals(1, widths.size(), "the one image is drawn");
    }

    private static String text(int page) throws IOException {
        return text(page, page);
    }

    private static String text(int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    /** The width each image is drawn at, from the transformation in force when it is painted. */
    private static final class ImageWidths extends PDFStreamEngine {
        private final List<Float> widths;

        ImageWidths(List<Float> widths) {
            this.widths = widths;
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new SetMatrix(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName())) {
                var object = getResources().getXObject((org.apache.pdfbox.cos.COSName) operands.get(0));
                if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    widths.add(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX());
                    return;
                }
            }
            super.processOperator(operator, operands);
        }
    }
}
