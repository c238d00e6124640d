package org.drplan.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * How every document drplan lays out is set up: the bundled fonts, SVG text in their outlines, nothing loaded from
 * outside the bundle, tagged for accessibility (PDF/UA-1) and archivable (PDF/A-2a). Made once per build.
 */
final class PdfSetup {

    private final PdfFonts fonts = new PdfFonts();
    private final SvgTextOutlines outlines = new SvgTextOutlines(fonts);
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    PdfFonts fonts() {
        return fonts;
    }

    SvgTextOutlines outlines() {
        return outlines;
    }

    /** A renderer builder for {@code html} into {@code document}, loading what it needs from {@code resources}. */
    PdfRendererBuilder builder(PDDocument document, Document html, BundleResources resources) {
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(accessible(html));
        // Drawings written into the document (raw HTML <svg>) get their text in outlines, as SVG files do.
        outlines.convert(w3c.getDocumentElement());
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePDDocument(document)
                .withW3cDocument(w3c, BundleResources.BASE)
                .useProtocolsStreamImplementation(resources, BundleResources.SCHEME)
                .useExternalResourceAccessControl((uri, type) -> uri.startsWith(BundleResources.SCHEME + ":"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                        BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
                .useColorProfile(colourProfile)
                .withProducer("drplan");
        fonts.register(builder, document);
        return builder;
    }

    /** PDF/UA wants a text for every link annotation: a link without a title gets its own words. */
    static Document accessible(Document document) {
        for (Element link : document.select("a[href]:not([title])")) {
            link.attr("title", link.text().isBlank() ? link.attr("href") : link.text());
        }
        return document;
    }
}
