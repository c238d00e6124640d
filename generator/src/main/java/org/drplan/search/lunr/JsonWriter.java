package org.drplan.search.lunr;

/** Strings and numbers written as {@code JSON.stringify} writes them, into one growing text. */
final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;

    JsonWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    JsonWriter raw(char c) {
        out.append(c);
        return this;
    }

    JsonWriter raw(String text) {
        out.append(text);
        return this;
    }

    JsonWriter integer(long value) {
        out.append(value);
        return this;
    }

    /** A score, given in thousandths as lunr rounds it; {@code null} when not finite, as JSON has no such numbers. */
    JsonWriter thousandths(double thousandths) {
        out.append(Double.isFinite(thousandths) ? JsNumber.ofThousandths(thousandths) : "null");
        return this;
    }

    /**
     * ECMA-262 {@code QuoteJSONString}: the short escapes; other controls and lone surrogates as a backslash, 'u'
     * and four lower-case hex digits; everything else as it is, U+2028 and U+2029 included.
     */
    JsonWriter string(String text) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(text, i, c);
            if (escape != null) {
                out.append(text, plainFrom, i).append(escape);
                plainFrom = i + 1;
            }
        }
        out.append(text, plainFrom, text.length()).append('"');
        return this;
    }

    private static String escape(String text, int i, char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                if (c < 0x20 || isLoneSurrogate(text, i, c)) {
                    return "\\u" + HEX[c >> 12] + HEX[(c >> 8) & 0xF] + HEX[(c >> 4) & 0xF] + HEX[c & 0xF];
                }
                return null;
        }
    }

    private static boolean isLoneSurrogate(String text, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
