package org.drplan.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns the text of SVG drawings into the outlines of the PDF's own fonts before the SVG renderer (Batik) sees them:
 * Batik lays text out through AWT's font system, which draws with whatever fonts the machine has and, on a machine
 * with none, fails. Each {@code <text>} becomes a {@code <g>} with one {@code <path>} per run of text, set in DejaVu
 * Sans, Serif or Sans Mono (see {@link FontFamilies}) at the drawing's positions, sizes, weights and anchors.
 * Understood: {@code x}, {@code y}, {@code dx}, {@code dy} (first value), {@code text-anchor}, {@code font-family},
 * {@code font-size}, {@code font-weight}, {@code font-style}, as attributes or in {@code style}, inherited, on
 * {@code <text>} and {@code <tspan>}. Not understood: {@code <textPath>}, rotated glyphs, letter spacing, fonts set by
 * a {@code <style>} sheet.
 */
final class SvgTextOutlines {

    private static final Set<String> TEXT_ONLY = Set.of("x", "y", "dx", "dy", "rotate", "textLength",
            "lengthAdjust", "text-anchor", "font-family", "font-size", "font-weight", "font-style", "font-variant",
            "letter-spacing", "word-spacing", "xml:space");

    private final PdfFonts fonts;

    SvgTextOutlines(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Replaces every {@code <text>} under {@code root} (an {@code <svg>} or a whole document's element) and returns
     * the characters of their text that no face of the PDF has, as code points.
     */
    Set<Integer> convert(Element root) {
        Set<Integer> missing = new TreeSet<>();
        List<Element> texts = new ArrayList<>();
        NodeList found = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < found.getLength(); i++) {
            texts.add((Element) found.item(i));
        }
        for (Element text : texts) {
            if (!(text.getParentNode() instanceof Element parent) || !inSvg(parent)) {
                continue;
            }
            Element group = root.getOwnerDocument().createElementNS(text.getNamespaceURI(), prefixed(text, "g"));
            copyDrawingAttributes(text, group);
            new TextLayout(text, group, missing).lay();
            parent.replaceChild(group, text);
        }
        return missing;
    }

    /** Whether the drawing uses what this class does not understand; null when it does not. */
    static String unsupported(Element root) {
        return root.getElementsByTagNameNS("*", "textPath").getLength() > 0
                ? "text along a path (<textPath>) cannot be drawn" : null;
    }

    private static boolean inSvg(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if ("svg".equals(localName(e))) {
                return true;
            }
        }
        return false;
    }

    static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    private static String prefixed(Element like, String name) {
        return like.getPrefix() == null ? name : like.getPrefix() + ":" + name;
    }

    private static void copyDrawingAttributes(Element from, Element to) {
        for (int i = 0; i < from.getAttributes().getLength(); i++) {
            Node attribute = from.getAttributes().item(i);
            if (!TEXT_ONLY.contains(attribute.getNodeName())) {
                to.setAttributeNS(attribute.getNamespaceURI(), attribute.getNodeName(), attribute.getNodeValue());
            }
        }
    }

    /** One {@code <text>}: its runs of characters placed chunk by chunk (a chunk starts at each absolute x or y). */
    private final class TextLayout {
        private final Element text;
        private final Element group;
        private final Set<Integer> missing;
        private final List<Element> chunk = new ArrayList<>();
        private float x;
        private float y;
        private float chunkStart;
        private String anchor = "start";
        private boolean afterSpace = true;

        TextLayout(Element text, Element group, Set<Integer> missing) {
            this.text = text;
            this.group = group;
            this.missing = missing;
        }

        void lay() {
            walk(text);
            endChunk();
        }

        private void walk(Element element) {
            String ownX = SvgStyle.first(element.getAttribute("x"));
            String ownY = SvgStyle.first(element.getAttribute("y"));
            if (!ownX.isEmpty() || !ownY.isEmpty() || element == text) {
                endChunk();
                x = ownX.isEmpty() ? x : SvgStyle.length(ownX, 0);
                y = ownY.isEmpty() ? y : SvgStyle.length(ownY, 0);
                chunkStart = x;
                anchor = SvgStyle.inherited(element, "text-anchor", "start");
            }
            x += SvgStyle.length(SvgStyle.first(element.getAttribute("dx")), 0);
            y += SvgStyle.length(SvgStyle.first(element.getAttribute("dy")), 0);
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    run(element, child.getNodeValue());
                } else if (child instanceof Element inner && !"title".equals(localName(inner))
                        && !"desc".equals(localName(inner))) {
                    walk(inner);
                }
            }
        }

        private void run(Element style, String characters) {
            String collapsed = characters.replaceAll("[\\r\\n]", "").replace('\t', ' ').replaceAll(" {2,}", " ");
            if (afterSpace) {
                collapsed = collapsed.stripLeading();
            }
            if (collapsed.isEmpty()) {
                return;
            }
            afterSpace = collapsed.endsWith(" ");
            float size = SvgStyle.fontSize(style);
            String weight = SvgStyle.inherited(style, "font-weight", "normal");
            boolean bold = weight.equals("bold") || weight.equals("bolder") || weight.matches("[6-9]00");
            boolean italic = SvgStyle.inherited(style, "font-style", "normal").matches("italic|oblique");
            GlyphOutlines face = fonts.outlineFace(SvgStyle.inherited(style, "font-family", null), bold, italic);
            StringBuilder path = new StringBuilder();
            collapsed.codePoints().forEach(c -> {
                if (!face.has(c) && !Character.isWhitespace(c)) {
                    missing.add(c);
                }
                x += face.append(path, c, x - chunkStart, y, size);
            });
            if (!path.isEmpty()) {
                Element shape = text.getOwnerDocument().createElementNS(text.getNamespaceURI(), prefixed(text, "path"));
                if (style != text) {
                    copyDrawingAttributes(style, shape);
                }
                shape.setAttribute("d", path.toString());
                chunk.add(shape);
            }
        }

        /** Places the chunk's runs by its anchor: start, middle or end at the chunk's x. */
        private void endChunk() {
            float width = x - chunkStart;
            float shift = chunkStart - switch (anchor) {
                case "middle" -> width / 2;
                case "end" -> width;
                default -> 0;
            };
            for (Element shape : chunk) {
                if (shift != 0) {
                    shape.setAttribute("transform", "translate(" + GlyphOutlines.number(shift) + " 0)"
                            + (shape.hasAttribute("transform") ? " " + shape.getAttribute("transform") : ""));
                }
                group.appendChild(shape);
            }
            chunk.clear();
        }
    }
}
