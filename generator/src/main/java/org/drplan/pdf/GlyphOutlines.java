package org.drplan.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One of the PDF's font faces as shapes: each character's advance and its outline as SVG path data, read from the
 * TrueType file with FontBox (never through AWT's font system, which asks the machine for its fonts).
 */
final class GlyphOutlines {

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;

    GlyphOutlines(TrueTypeFont font) {
        try {
            this.font = font;
            this.cmap = font.getUnicodeCmapLookup();
            this.unitsPerEm = font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a built-in font", e);
        }
    }

    /** Whether the face has a glyph for the character; without one it draws an empty box. */
    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * Appends the character's outline at {@code (x, y)} (its baseline's start) to {@code path} and returns its
     * advance, both in the drawing's units at font size {@code size}.
     */
    synchronized float append(StringBuilder path, int codePoint, float x, float y, float size) {
        try {
            int glyph = cmap.getGlyphId(codePoint);
            float scale = size / unitsPerEm;
            GlyphData data = font.getGlyph().getGlyph(glyph);
            if (data != null) {
                GeneralPath outline = data.getPath();
                AffineTransform place = new AffineTransform(scale, 0, 0, -scale, x, y);
                write(outline.getPathIterator(place), path);
            }
            return font.getAdvanceWidth(glyph) * scale;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a built-in font's glyph", e);
        }
    }

    private static void write(PathIterator segments, StringBuilder path) {
        float[] c = new float[6];
        for (; !segments.isDone(); segments.next()) {
            switch (segments.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> points(path.append('M'), c, 1);
                case PathIterator.SEG_LINETO -> points(path.append('L'), c, 1);
                case PathIterator.SEG_QUADTO -> points(path.append('Q'), c, 2);
                case PathIterator.SEG_CUBICTO -> points(path.append('C'), c, 3);
                default -> path.append('Z');
            }
        }
    }

    private static void points(StringBuilder path, float[] c, int count) {
        for (int i = 0; i < count * 2; i++) {
            if (i > 0) {
                path.append(' ');
            }
            path.append(number(c[i]));
        }
    }

    /** Two decimals, no trailing zeros, the same on every machine. */
    static String number(float value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("\\.?0+$", "");
        return text.equals("-0") ? "0" : text;
    }
}
