package org.drplan.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * One part's objects on their way into the assembled file ({@link PdfAssembler}): each object met is given a number
 * in the whole document the first time it is referred to, and written once, in PDF syntax, with its references
 * renumbered.
 */
final class PartObjects {

    /** A reference to an object numbered here, put into a part's objects before they are written. */
    static final class Ref extends COSBase {
        final int number;

        Ref(int number) {
            this.number = number;
        }

        @Override
        public void accept(org.apache.pdfbox.cos.ICOSVisitor visitor) {
            throw new UnsupportedOperationException("written by PartObjects only");
        }
    }

    private final CompressedPdfFile file;
    private final Map<COSBase, Integer> ids = new IdentityHashMap<>();
    private final ArrayDeque<COSBase> queue = new ArrayDeque<>();

    PartObjects(CompressedPdfFile file) {
        this.file = file;
    }

    /** The object is written under {@code number} (a page, whose number the page tree fixes). */
    void place(COSBase object, int number) {
        ids.put(object, number);
        queue.add(object);
    }

    /** The number of an object to write as one of its own, given one when first met. */
    int number(COSBase object) {
        COSBase base = object instanceof COSObject reference ? reference.getObject() : object;
        Integer number = ids.get(base);
        if (number == null) {
            number = file.reserve();
            ids.put(base, number);
            queue.add(base);
        }
        return number;
    }

    /** Writes every object numbered so far, and those they refer to. */
    void writeAll() throws IOException {
        while (!queue.isEmpty()) {
            COSBase object = queue.poll();
            writeObject(ids.get(object), object);
        }
    }

    private void writeObject(int number, COSBase object) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (object instanceof COSStream stream) {
            byte[] data;
            try (InputStream raw = stream.createRawInputStream()) {
                data = raw.readAllBytes();
            }
            COSDictionary dictionary = new COSDictionary(stream);
            dictionary.setInt(COSName.LENGTH, data.length);
            write(dictionary, body);
            file.stream(number, body.toByteArray(), data);
        } else {
            write(object, body);
            file.object(number, body.toByteArray());
        }
    }

    /** Writes a value in PDF syntax, an object of its own as a reference to its number. */
    void write(COSBase value, OutputStream to) throws IOException {
        if (value instanceof Ref ref) {
            text(to, ref.number + " 0 R");
        } else if (value instanceof COSObject || value instanceof COSStream) {
            COSBase base = value instanceof COSObject reference ? reference.getObject() : value;
            text(to, base == null ? "null" : number(base) + " 0 R");
        } else if (value instanceof COSDictionary dictionary) {
            text(to, "<<");
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                entry.getKey().writePDF(to);
                to.write(' ');
                write(entry.getValue(), to);
            }
            text(to, ">>");
        } else if (value instanceof COSArray array) {
            text(to, "[");
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    to.write(' ');
                }
                write(array.get(i), to);
            }
            text(to, "]");
        } else if (value instanceof COSString string) {
            COSWriter.writeString(string, to);
        } else if (value instanceof COSName name) {
            name.writePDF(to);
        } else if (value instanceof COSInteger number) {
            number.writePDF(to);
        } else if (value instanceof COSFloat number) {
            number.writePDF(to);
        } else if (value instanceof COSBoolean bool) {
            bool.writePDF(to);
        } else {
            text(to, "null");
        }
    }

    private static void text(OutputStream to, String text) throws IOException {
        to.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
