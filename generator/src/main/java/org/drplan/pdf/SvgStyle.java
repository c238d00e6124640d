package org.drplan.pdf;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The few SVG style properties text outlines need: read from presentation attributes or {@code style}, inherited. */
final class SvgStyle {

    /** CSS's "medium", the size text has when nothing sets one. */
    private static final float DEFAULT_FONT_SIZE = 16;

    private SvgStyle() {
    }

    /** The property's value on the element or its nearest ancestor that sets it, else {@code otherwise}. */
    static String inherited(Element element, String property, String otherwise) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String value = own(e, property);
            if (value != null && !value.equals("inherit")) {
                return value;
            }
        }
        return otherwise;
    }

    /** The font size in user units: {@code 13}, {@code 13px}, {@code 10pt}, {@code 1.2em} or {@code 120%}. */
    static float fontSize(Element element) {
        Node parent = element.getParentNode();
        float inherited = parent instanceof Element p ? fontSize(p) : DEFAULT_FONT_SIZE;
        String value = own(element, "font-size");
        if (value == null) {
            return inherited;
        }
        if (value.endsWith("em")) {
            return inherited * number(value.substring(0, value.length() - 2), 1);
        }
        if (value.endsWith("%")) {
            return inherited * number(value.substring(0, value.length() - 1), 100) / 100;
        }
        return length(value, inherited);
    }

    /** A length in user units ({@code px} and {@code pt} understood); {@code otherwise} when it is none. */
    static float length(String value, float otherwise) {
        String v = value.trim();
        if (v.endsWith("pt")) {
            return number(v.substring(0, v.length() - 2), otherwise * 3 / 4) * 4 / 3;
        }
        return number(v.endsWith("px") ? v.substring(0, v.length() - 2) : v, otherwise);
    }

    /** The first of a list of values ({@code x="10 20 30"} places each character; drplan places the first). */
    static String first(String list) {
        return list.trim().split("[\\s,]+", 2)[0];
    }

    private static String own(Element element, String property) {
        String style = element.getAttribute("style");
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0 && declaration.substring(0, colon).trim().equals(property)) {
                return declaration.substring(colon + 1).replace("!important", "").trim();
            }
        }
        String attribute = element.getAttribute(property).trim();
        return attribute.isEmpty() ? null : attribute;
    }

    private static float number(String text, float otherwise) {
        try {
            return Float.parseFloat(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
