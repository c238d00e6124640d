package org.drplan.content;

/**
 * A phone number as the plan writes it ({@code +1 555 0140}, {@code 0301/555-0123}) and as a {@code tel:} link
 * wants it: digits with a leading {@code +} only, and, for a conference, the access code after a pause ({@code ,}).
 */
public record Phone(String text, String accessCode) {

    public Phone(String text) {
        this(text, null);
    }

    /**
     * The {@code tel:} URL, e.g. {@code tel:+15550140} or {@code tel:+15550199,482913%23}: a {@code #} is written
     * {@code %23} (RFC 3966), or a browser would take it as the start of the URL's fragment and dial without it.
     */
    public String url() {
        return "tel:" + digits(text) + (accessCode == null ? ""
                : "," + accessCode.replaceAll("[^0-9#*]", "").replace("#", "%23"));
    }

    /**
     * Digits only, keeping a {@code +} when the number starts with one; an international number drops the national
     * trunk prefix written as {@code (0)}: {@code +44 (0)20 5550 0199} dials {@code +442055500199}.
     */
    static String digits(String number) {
        String trimmed = number.trim();
        if (trimmed.startsWith("+")) {
            return "+" + trimmed.replace("(0)", "").replaceAll("[^0-9]", "");
        }
        return trimmed.replaceAll("[^0-9]", "");
    }
}
