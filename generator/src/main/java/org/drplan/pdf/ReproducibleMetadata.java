package org.drplan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a PDF the same bytes for the same plan: openhtmltopdf dates the document with the clock and PDFBox would
 * give it an identifier made from the clock. Both dates (the information dictionary's and the XMP metadata's, which
 * PDF/A wants equal) become the build date, and the identifier a hash of the print document.
 */
final class ReproducibleMetadata {

    private ReproducibleMetadata() {
    }

    static void apply(PDDocument document, Instant buildTime, String printDocument) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(buildTime.toEpochMilli());
        document.getDocumentInformation().setCreationDate(date);
        document.getDocumentInformation().setModificationDate(date);
        PDMetadata stream = document.getDocumentCatalog().getMetadata();
        if (stream != null) {
            try {
                XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic != null) {
                    basic.setCreateDate(date);
                    if (basic.getModifyDate() != null) {
                        basic.setModifyDate(date);
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, out, true);
                stream.importXMPMetadata(out.toByteArray());
            } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
                throw new IOException("cannot rewrite the PDF's XMP metadata: " + e.getMessage(), e);
            }
        }
        byte[] id = Arrays.copyOf(sha256(printDocument + "\n" + buildTime), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
