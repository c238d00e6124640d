package org.drplan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF page's text as a reader sees it: in reading order (by position), runs of white space made one space. */
public final class PdfPageText {

    private PdfPageText() {
    }

    /** The text of page {@code page} (counted from 1). */
    public static String of(PDDocument pdf, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
