package org.drplan.audience;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values in a text of restricted material that a shareable bundle must not carry: phone numbers (seven
 * digits or more, written with the usual separators), e-mail addresses, IPv4 and IPv6 addresses, and secret-like
 * tokens (a long run of letters and digits of both cases, or of hex, as API keys and passwords are).
 */
public final class SensitiveValues {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?![\\d.])");
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\\w:])");
    /** A number as people write it: an optional +, digits, and spaces, dots, dashes, slashes or parentheses. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+?\\(?\\d[\\d ().\\-/]{5,}\\d(?!\\w)(?!\\.\\d)");
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_\\-])[A-Za-z0-9_\\-+/=]{20,}(?![A-Za-z0-9_\\-])");
    private static final int PHONE_DIGITS = 7;

    private SensitiveValues() {
    }

    /** Every sensitive value in {@code text}, each once, in the order first written. */
    public static Set<SensitiveValue> in(String text) {
        Set<SensitiveValue> found = new LinkedHashSet<>();
        each(EMAIL, text, m -> found.add(new SensitiveValue(SensitiveValue.Kind.EMAIL, m, m.toLowerCase(
                java.util.Locale.ROOT))));
        each(IPV4, text, m -> found.add(new SensitiveValue(SensitiveValue.Kind.IP, m, m)));
        each(IPV6, text, m -> {
            // a time (10:30:00) has the shape of a short address; an address has "::" or more groups
            if (m.contains("::") || m.split(":").length >= 5) {
                found.add(new SensitiveValue(SensitiveValue.Kind.IP, m, m.toLowerCase(java.util.Locale.ROOT)));
            }
        });
        String withoutAddresses = IPV6.matcher(IPV4.matcher(EMAIL.matcher(text).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        each(PHONE, withoutAddresses, m -> {
            String digits = digits(m);
            if (digits.length() >= PHONE_DIGITS && !looksLikeADate(m)) {
                found.add(new SensitiveValue(SensitiveValue.Kind.PHONE, m.strip(), digits));
            }
        });
        each(TOKEN, withoutAddresses, m -> {
            if (isSecretLike(m)) {
                found.add(new SensitiveValue(SensitiveValue.Kind.SECRET, m, m));
            }
        });
        return found;
    }

    /** A phone number's digits alone, how a published file is searched for it. */
    static String digits(String number) {
        return number.replaceAll("\\D", "");
    }

    private static boolean looksLikeADate(String value) {
        return value.strip().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    /** Mixed case and digits (a key), or hex long enough to be a hash or key, and not a word-like slug. */
    private static boolean isSecretLike(String token) {
        boolean upper = token.chars().anyMatch(Character::isUpperCase);
        boolean lower = token.chars().anyMatch(Character::isLowerCase);
        boolean digit = token.chars().anyMatch(Character::isDigit);
        boolean hex = token.matches("[0-9a-fA-F]{32,}");
        return hex || (upper && lower && digit && !token.contains("-"));
    }

    private static void each(Pattern pattern, String text, java.util.function.Consumer<String> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.accept(m.group());
        }
    }
}
