package org.drplan.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF's fonts: DejaVu Sans, Serif and Sans Mono in four styles, from a Maven artifact, so that a machine with no
 * system fonts makes the same PDF. They cover Latin, Greek and Cyrillic. Glyph substitution is off: with it, PDFBox
 * writes ligature glyphs and the PDF's text reads "certiﬁcate" instead of "certificate".
 */
final class PdfFonts {

    private static final String ROOT = "net/sf/jasperreports/fonts/dejavu/";

    /** One font file and the CSS family, weight and style it serves. */
    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC),
            new Face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
            new Face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
            new Face("DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
            new Face("DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL),
            new Face("DejaVuSansMono-Oblique.ttf", "DejaVu Sans Mono", 400, FontStyle.ITALIC),
            new Face("DejaVuSansMono-BoldOblique.ttf", "DejaVu Sans Mono", 700, FontStyle.ITALIC));

    private final List<byte[]> files = new ArrayList<>();
    private final List<CmapLookup> regularCoverage = new ArrayList<>();
    private final java.util.Map<Integer, GlyphOutlines> outlineFaces = new java.util.concurrent.ConcurrentHashMap<>();

    PdfFonts() {
        for (Face face : FACES) {
            files.add(read(face.file()));
        }
        for (int i = 0; i < FACES.size(); i++) {
            if (FACES.get(i).weight() == 400 && FACES.get(i).style() == FontStyle.NORMAL) {
                regularCoverage.add(cmap(parse(files.get(i))));
            }
        }
    }

    /**
     * Registers every face with the builder. A face is loaded into {@code document} (for embedding, as a subset) only
     * when the layout first asks for it: most plans never use the serif or the bold oblique faces.
     */
    void register(PdfRendererBuilder builder, PDDocument document) {
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            byte[] file = files.get(i);
            builder.useFont(new PDFontSupplier(null) {
                private PDFont font;

                @Override
                public PDFont supply() {
                    if (font == null) {
                        try {
                            font = PDType0Font.load(document, parse(file), true);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot load font " + face.file(), e);
                        }
                    }
                    return font;
                }
            }, face.family(), face.weight(), face.style(), true);
        }
    }

    /** Whether some font can draw the character (a code point). */
    boolean canDraw(int codePoint) {
        for (CmapLookup cmap : regularCoverage) {
            if (cmap.getGlyphId(codePoint) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The face whose glyph outlines draw text an SVG drawing sets in {@code families} (a CSS font-family list): DejaVu
     * Sans Mono for the first name that is a monospace family, DejaVu Serif for a serif one, else DejaVu Sans. Every
     * family, known or not, gets one of these, so no text is ever looked up among the machine's fonts.
     */
    GlyphOutlines outlineFace(String families, boolean bold, boolean italic) {
        String family = FontFamilies.generic(families);
        int style = (bold ? 700 : 400);
        FontStyle slant = italic ? FontStyle.ITALIC : FontStyle.NORMAL;
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            if (face.family().equals(family) && face.weight() == style && face.style() == slant) {
                int index = i;
                return outlineFaces.computeIfAbsent(i, k -> new GlyphOutlines(parse(files.get(index))));
            }
        }
        throw new IllegalStateException("no face " + family + " " + style + " " + slant);
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse a built-in font", e);
        }
    }

    private static CmapLookup cmap(TrueTypeFont font) {
        try {
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a built-in font's character map", e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + ROOT + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }
}
