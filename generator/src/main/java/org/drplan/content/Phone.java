package org.drplan.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phone number as the plan writes it ({@code +1 555 0140 ext. 12}, {@code 0301/555-0123 (mobile)},
 * {@code 1-800-FLOWERS}) and as a {@code tel:} link dials it ({@code tel:+15550140;ext=12}). Read strictly, because a
 * number that is only nearly right dials a stranger: an extension becomes RFC 3966's {@code ;ext=} instead of more
 * digits, two numbers in one value are refused, and so is a value with words in it that would be dialled as letters.
 *
 * @param text the number as written, shown on pages
 * @param url  the {@code tel:} URL
 */
public record Phone(String text, String url) {

    /** The longest number E.164 allows; more digits can only be two numbers run together. */
    private static final int MAX_DIGITS = 15;
    /** The shortest number dialled anywhere: an emergency number such as 112 or 999. */
    private static final int MIN_DIGITS = 3;
    private static final Pattern EXTENSION = Pattern.compile(
            "(?i)\\s*(?:;\\s*ext\\s*=\\s*|,?\\s*(?:ext\\.?|extn\\.?|extension|x)\\s*:?\\s*)(\\d{1,8})\\s*$");
    private static final Pattern LABEL = Pattern.compile("\\([^()]*\\p{IsAlphabetic}[^()]*\\)");
    private static final Pattern TWO_NUMBERS = Pattern.compile("[,;|&\\n]|\\s/\\s|(?i)\\s(?:or|and)\\s");
    private static final Pattern ALLOWED = Pattern.compile("[0-9A-Z +().\\-/]+");
    private static final String ONE_PER_FIELD = "write one number per field; use 'alternate' (another role) or a "
            + "list (phone: [\"+1 555 0140\", \"+1 555 0199\"])";

    /**
     * Reads a number; {@code accessCode} (a conference PIN) is dialled after a pause, with a {@code #} written
     * {@code %23} as RFC 3966 asks (a raw {@code #} would start the URL's fragment and never be dialled).
     *
     * @throws IllegalArgumentException saying what is wrong with the value, in words for its author
     */
    public static Phone parse(String written, String accessCode) {
        String text = written.strip();
        String number = text;
        String extension = null;
        Matcher ext = EXTENSION.matcher(number);
        if (ext.find() && ext.start() > 0) {
            extension = ext.group(1);
            number = number.substring(0, ext.start());
        }
        number = LABEL.matcher(number).replaceAll(" ").strip();
        if (number.chars().noneMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + text + "' has no digits to dial: write the number, such as "
                    + "+1 555 0140, or leave the field out");
        }
        if (TWO_NUMBERS.matcher(number).find() || number.indexOf('+', 1) > 0) {
            throw new IllegalArgumentException("'" + text + "' holds more than one number: " + ONE_PER_FIELD);
        }
        if (!ALLOWED.matcher(number).matches()) {
            throw new IllegalArgumentException("'" + text + "' has " + stray(number) + ", which a phone number does "
                    + "not: write digits, spaces and + - . / ( ), an extension as 'ext. 12', and a label in "
                    + "parentheses, such as (mobile)");
        }
        String digits = dialled(number);
        if (digits.replace("+", "").length() > MAX_DIGITS) {
            throw new IllegalArgumentException("'" + text + "' has " + digits.replace("+", "").length()
                    + " digits, more than one number has (at most " + MAX_DIGITS + "): " + ONE_PER_FIELD);
        }
        if (digits.replace("+", "").length() < MIN_DIGITS) {
            throw new IllegalArgumentException("'" + text + "' has too few digits for a phone number: write the "
                    + "whole number, such as +1 555 0140");
        }
        return new Phone(text, "tel:" + digits + (extension == null ? "" : ";ext=" + extension)
                + (accessCode == null ? "" : "," + accessCode.replaceAll("[^0-9#*]", "").replace("#", "%23")));
    }

    /**
     * The digits dialled, keeping a {@code +} when the number starts with one; an international number drops the
     * national trunk prefix written as {@code (0)} ({@code +44 (0)20 5550 0199} dials {@code +442055500199}), and
     * the letters of a vanity number are the keypad's digits ({@code 1-800-FLOWERS} dials {@code 18003569377}).
     */
    private static String dialled(String number) {
        boolean international = number.startsWith("+");
        String kept = international ? number.replace("(0)", "") : number;
        StringBuilder digits = new StringBuilder(international ? "+" : "");
        for (char c : kept.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                digits.append(keypad(c));
            }
        }
        return digits.toString();
    }

    /** The ITU E.161 keypad: ABC on 2, ..., PQRS on 7, TUV on 8, WXYZ on 9. */
    private static char keypad(char letter) {
        String keys = "22233344455566677778889999";
        return keys.charAt(letter - 'A');
    }

    private static String stray(String number) {
        for (char c : number.toCharArray()) {
            if (!ALLOWED.matcher(String.valueOf(c)).matches()) {
                return Character.isLowerCase(c) ? "words in it" : "'" + c + "'";
            }
        }
        return "a character";
    }
}
