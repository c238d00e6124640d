package org.drplan.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.dom.util.DOMUtilities;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Document;

/** An SVG file of the bundle as the PDF draws it: parsed by Batik's own parser, its text turned into outlines. */
final class SvgDrawing {

    private SvgDrawing() {
    }

    /** The file parsed; throws what the parser throws for a file it cannot read. */
    static Document parse(String path, byte[] bytes) throws IOException {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        return factory.createSVGDocument(BundleResources.SCHEME + ":/" + path, new ByteArrayInputStream(bytes));
    }

    /** The file as the PDF draws it, or as it is when it cannot be read (the SVG check reports that). */
    static byte[] outlinedBytes(String path, byte[] bytes, SvgTextOutlines outlines) {
        try {
            Document document = parse(path, bytes);
            outlines.convert(document.getDocumentElement());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                DOMUtilities.writeDocument(document, writer);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return bytes;
        }
    }
}
