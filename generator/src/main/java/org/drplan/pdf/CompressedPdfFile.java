package org.drplan.pdf;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PDF file written object by object, in the compact form PDF 1.5 allows: every object that is not a stream is
 * gathered into compressed object streams, and the cross-reference table is itself a compressed stream. A tagged
 * plan is mostly small structure dictionaries, so this makes the file several times smaller than writing each plainly
 * (what PDFBox's own compressed save does, without holding the whole document).
 */
final class CompressedPdfFile {

    /** Objects per object stream: large enough to compress well, small enough to be read quickly one at a time. */
    private static final int OBJECTS_PER_STREAM = 200;

    private final Counting out;
    private int next;
    /** For each object number: its offset in the file, or (when in an object stream) the stream's number. */
    private long[] where = new long[1024];
    /** For each object number in an object stream: its index there; -1 for an object written directly. */
    private int[] index = new int[1024];
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final StringBuilder pendingOffsets = new StringBuilder();
    private int[] pendingNumbers = new int[OBJECTS_PER_STREAM];
    private int pendingCount;

    /** A file whose objects are numbered from 1; {@code firstFree} is the first number {@link #reserve()} gives. */
    CompressedPdfFile(OutputStream file, int firstFree) throws IOException {
        this.out = new Counting(new BufferedOutputStream(file, 1 << 16));
        this.next = firstFree;
        Arrays.fill(index, -1);
        out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A new object number. */
    int reserve() {
        return next++;
    }

    /** An object that is not a stream, given as its body in PDF syntax; it goes into an object stream. */
    void object(int number, byte[] body) throws IOException {
        grow(number);
        if (pendingCount > 0) {
            pendingOffsets.append(' ');
        }
        pendingOffsets.append(number).append(' ').append(pending.size());
        pending.write(body);
        pending.write('\n');
        pendingNumbers[pendingCount++] = number;
        if (pendingCount == OBJECTS_PER_STREAM) {
            flushObjectStream();
        }
    }

    /** A stream object: its dictionary (with its {@code /Length}) and its data, both as they are to be written. */
    void stream(int number, byte[] dictionary, byte[] data) throws IOException {
        grow(number);
        direct(number, dictionary, data);
    }

    /** Writes what is still gathered, the cross-reference stream with the trailer's entries, and closes the file. */
    void finish(String trailerEntries) throws IOException {
        flushObjectStream();
        int xref = reserve();
        grow(xref);
        where[xref] = out.count;
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (int number = 0; number < next; number++) {
            boolean compressed = index[number] >= 0;
            long field2 = where[number];
            int type = number == 0 || (field2 == 0 && !compressed) ? 0 : compressed ? 2 : 1;
            rows.write(type);
            for (int shift = 32; shift >= 0; shift -= 8) {
                rows.write((int) (field2 >>> shift));
            }
            int field3 = type == 2 ? index[number] : type == 0 && number == 0 ? 0xffff : 0;
            rows.write(field3 >>> 8);
            rows.write(field3);
        }
        byte[] data = deflate(rows.toByteArray());
        String dictionary = "<</Type/XRef/Size " + next + "/W[1 5 2]/Filter/FlateDecode/Length " + data.length
                + trailerEntries + ">>";
        direct(xref, dictionary.getBytes(StandardCharsets.ISO_8859_1), data);
        out.write(("startxref\n" + where[xref] + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        out.close();
    }

    private void flushObjectStream() throws IOException {
        if (pendingCount == 0) {
            return;
        }
        int number = reserve();
        grow(number);
        for (int i = 0; i < pendingCount; i++) {
            where[pendingNumbers[i]] = number;
            index[pendingNumbers[i]] = i;
        }
        byte[] header = (pendingOffsets + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream plain = new ByteArrayOutputStream(header.length + pending.size());
        plain.write(header);
        pending.writeTo(plain);
        byte[] data = deflate(plain.toByteArray());
        String dictionary = "<</Type/ObjStm/N " + pendingCount + "/First " + header.length
                + "/Filter/FlateDecode/Length " + data.length + ">>";
        direct(number, dictionary.getBytes(StandardCharsets.ISO_8859_1), data);
        pending.reset();
        pendingOffsets.setLength(0);
        pendingCount = 0;
    }

    private void direct(int number, byte[] dictionary, byte[] data) throws IOException {
        where[number] = out.count;
        index[number] = -1;
        out.write((number + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(dictionary);
        out.write("\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
        out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private void grow(int number) {
        if (number >= where.length) {
            int size = Math.max(number + 1, where.length * 2);
            int old = index.length;
            where = Arrays.copyOf(where, size);
            index = Arrays.copyOf(index, size);
            Arrays.fill(index, old, size, -1);
        }
    }

    private static byte[] deflate(byte[] plain) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 4 + 64);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(compressed, deflater)) {
            stream.write(plain);
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    /** Counts what it writes: the cross-reference stream gives each object's place in the file. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
