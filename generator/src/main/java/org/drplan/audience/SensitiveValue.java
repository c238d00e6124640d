package org.drplan.audience;

/**
 * A value of restricted material that must not appear in a shareable bundle: a phone number, an e-mail address, an
 * IP address or a secret-like token, as written and in the form it is looked for (a phone by its digits alone, so
 * that {@code +44 20 7946 0000} is found as {@code +442079460000} or {@code 020 7946 0000} is not missed for its
 * spaces).
 *
 * @param kind    what it is
 * @param written as the restricted material has it
 * @param sought  what a published file is searched for
 */
public record SensitiveValue(Kind kind, String written, String sought) {

    /** The kinds of value the leak check looks for. */
    public enum Kind {
        PHONE("a phone number"), EMAIL("an e-mail address"), IP("an IP address"), SECRET("a secret-like token");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The value with its middle hidden, for a report that must not print it whole: {@code +4…00}. */
    public String masked() {
        String value = written.strip();
        if (value.length() <= 6) {
            return value.charAt(0) + "…";
        }
        return value.substring(0, 3) + "…" + value.substring(value.length() - 2);
    }
}
