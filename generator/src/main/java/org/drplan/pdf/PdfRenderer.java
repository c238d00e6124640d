package org.drplan.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Stage 9: lays the print document out on pages with openhtmltopdf into {@code plan.pdf}: fonts embedded, tagged for
 * accessibility (PDF/UA-1) and archivable (PDF/A-2a), bookmarks from the document's outline. Everything it loads
 * comes from the bundle's own files. One instance per build.
 */
public final class PdfRenderer {

    private final PdfFonts fonts = new PdfFonts();
    private final SvgTextOutlines outlines = new SvgTextOutlines(fonts);
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * @param html  the print document
     * @param files the bundle's files by path, which the document may load
     * @return the PDF, or empty when it could not be made (the reasons are in {@code diagnostics})
     */
    public Optional<RenderedPdf> render(Plan plan, String html, Map<String, byte[]> files, Diagnostics diagnostics) {
        new GlyphCheck(fonts).check(plan, diagnostics);
        new SvgCheck(outlines).check(plan, files, diagnostics);
        BundleResources resources = new BundleResources(files, outlines);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] pages = {0};
        List<Diagnostic> notes;
        try {
            notes = RendererLog.collect(() -> pages[0] = lay(html, resources, plan.settings().buildTime(), out));
        } catch (RuntimeException e) {
            diagnostics.error(null, 0, 0, "cannot make plan.pdf: " + e.getMessage());
            return Optional.empty();
        } catch (OutOfMemoryError e) {
            // The layout of the whole document is held in memory until the last page is written; what it held is
            // unreachable once this frame is left, so the build can report and clean up.
            diagnostics.error(null, 0, 0, "cannot make plan.pdf: laying out the whole plan needs more memory than "
                    + "this JVM may use (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; about 1 GB "
                    + "per 1,000 pages): give Maven more (MAVEN_OPTS=-Xmx4g) or build without the PDF "
                    + "(-Ddrplan.pdf=false)");
            return Optional.empty();
        }
        new ResourceProblems(plan).report(resources.missing(), notes, diagnostics);
        return Optional.of(new RenderedPdf(out.toByteArray(), pages[0]));
    }

    /** Lays the document out into {@code out}, dated {@code buildTime}, and returns its number of pages. */
    private int lay(String html, BundleResources resources, Instant buildTime, ByteArrayOutputStream out) {
        // Page content streams go to temporary files, not the heap: a plan of thousands of pages needs the heap for
        // its layout and its tagged structure.
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .withW3cDocument(outlined(new W3CDom().fromJsoup(accessible(Jsoup.parse(html)))),
                            BundleResources.BASE)
                    .useProtocolsStreamImplementation(resources, BundleResources.SCHEME)
                    .useExternalResourceAccessControl((uri, type) -> uri.startsWith(BundleResources.SCHEME + ":"),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                            BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
                    .useColorProfile(colourProfile)
                    .withProducer("drplan")
                    .toStream(out);
            fonts.register(builder, document);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                ReproducibleMetadata.apply(document, buildTime, html);
                document.save(out);
            }
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drawings written into the document (raw HTML {@code <svg>}) get their text in outlines, as SVG files do. */
    private org.w3c.dom.Document outlined(org.w3c.dom.Document document) {
        outlines.convert(document.getDocumentElement());
        return document;
    }

    /** PDF/UA wants a text for every link annotation: a link without a title gets its own words. */
    private static Document accessible(Document document) {
        for (Element link : document.select("a[href]:not([title])")) {
            link.attr("title", link.text().isBlank() ? link.attr("href") : link.text());
        }
        return document;
    }
}
