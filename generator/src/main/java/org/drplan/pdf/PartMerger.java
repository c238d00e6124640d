package org.drplan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Joins the parts of a long plan into {@code plan.pdf} with PDFBox, keeping each part's tagged structure: links to
 * another part become jumps to the page and height their id landed on, and the bookmarks are made for the whole
 * document. Page content stays in temporary files; what the heap holds is the document's objects, not its layout.
 */
final class PartMerger {

    private PartMerger() {
    }

    static byte[] merge(List<Path> parts, PageNumbers numbers, PdfOutline outline, Instant buildTime,
                        String printDocument) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument document = Loader.loadPDF(parts.get(0).toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            for (Path part : parts.subList(1, parts.size())) {
                try (PDDocument next = Loader.loadPDF(part.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
                    merger.appendDocument(document, next);
                }
            }
            linkParts(document, numbers);
            bookmarks(document, numbers, outline);
            ReproducibleMetadata.apply(document, buildTime, printDocument);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void linkParts(PDDocument document, PageNumbers numbers) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(PartLayout.OTHER_PART)) {
                    PDActionGoTo jump = new PDActionGoTo();
                    jump.setDestination(destination(document, numbers,
                            uri.getURI().substring(PartLayout.OTHER_PART.length())));
                    link.setAction(jump);
                }
            }
        }
    }

    private static void bookmarks(PDDocument document, PageNumbers numbers, PdfOutline outline) {
        PDDocumentOutline root = new PDDocumentOutline();
        add(root, outline.bookmarks(), document, numbers);
        document.getDocumentCatalog().setDocumentOutline(root);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static void add(PDOutlineNode parent, List<PdfOutline.Bookmark> bookmarks, PDDocument document,
                            PageNumbers numbers) {
        for (PdfOutline.Bookmark bookmark : bookmarks) {
            if (numbers.place(bookmark.target()) == null) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.name());
            item.setDestination(destination(document, numbers, bookmark.target()));
            parent.addLast(item);
            add(item, bookmark.children(), document, numbers);
        }
    }

    private static PDPageXYZDestination destination(PDDocument document, PageNumbers numbers, String id) {
        PageNumbers.Place place = numbers.place(id);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(document.getPage(numbers.firstPage(place.part()) - 1 + place.page()));
        destination.setTop(Math.round(place.top()));
        return destination;
    }
}
