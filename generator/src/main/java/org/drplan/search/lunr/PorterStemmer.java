package org.drplan.search.lunr;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lunr.stemmer}: lunr's Porter stemmer, step by step with its regular expressions.
 *
 * <p>JavaScript runs those expressions on UTF-16 code units; {@code java.util.regex} would take a surrogate pair as
 * one character, let {@code .} stop at U+0085 and let {@code $} match before a final line break. So each
 * expression runs on the word's <em>shape</em>: ASCII as it is, U+2028/U+2029 as {@code \n} (a line terminator to
 * both), every other code unit as {@code #} (no expression names one), with {@code \z} for {@code $} and
 * {@code [^\n\r]} for {@code .}. Groups are always prefixes of the word, so their ends cut the word itself; the one
 * back-reference (a double consonant) compares the word's own code units.
 */
public final class PorterStemmer {

    private static final Map<String, String> STEP2 = Map.ofEntries(Map.entry("ational", "ate"),
            Map.entry("tional", "tion"), Map.entry("enci", "ence"), Map.entry("anci", "ance"),
            Map.entry("izer", "ize"), Map.entry("bli", "ble"), Map.entry("alli", "al"), Map.entry("entli", "ent"),
            Map.entry("eli", "e"), Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
    private static final Map<String, String> STEP3 = Map.of("icate", "ic", "ative", "", "alize", "al", "iciti", "ic",
            "ical", "ic", "ful", "", "ness", "");

    private static final String ANY = "[^\\n\\r]";
    private static final String CONSONANT = "[^aeiou]";
    private static final String VOWEL = "[aeiouy]";
    private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
    private static final String VOWELS = VOWEL + "[aeiou]*";

    private static final Pattern MEASURE_ABOVE_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
    private static final Pattern MEASURE_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?\\z");
    private static final Pattern MEASURE_ABOVE_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);

    private static final Pattern STEP_1A = Pattern.compile("^(" + ANY + "+?)(ss|i)es\\z");
    private static final Pattern STEP_1A_S = Pattern.compile("^(" + ANY + "+?)([^s])s\\z");
    private static final Pattern STEP_1B_EED = Pattern.compile("^(" + ANY + "+?)eed\\z");
    private static final Pattern STEP_1B_ED_ING = Pattern.compile("^(" + ANY + "+?)(ed|ing)\\z");
    private static final Pattern STEP_1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)\\z");
    private static final Pattern SHORT_SYLLABLE = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]\\z");
    private static final Pattern STEP_1C = Pattern.compile("^(" + ANY + "+?[^aeiou])y\\z");
    private static final Pattern STEP_2 = Pattern.compile("^(" + ANY + "+?)(ational|tional|enci|anci|izer|bli|alli"
            + "|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\\z");
    private static final Pattern STEP_3 = Pattern.compile("^(" + ANY + "+?)(icate|ative|alize|iciti|ical|ful|ness)\\z");
    private static final Pattern STEP_4 = Pattern.compile("^(" + ANY + "+?)(al|ance|ence|er|ic|able|ible|ant|ement"
            + "|ment|ent|ou|ism|ate|iti|ous|ive|ize)\\z");
    private static final Pattern STEP_4_ION = Pattern.compile("^(" + ANY + "+?)(s|t)(ion)\\z");
    private static final Pattern STEP_5 = Pattern.compile("^(" + ANY + "+?)e\\z");
    private static final Pattern STEP_5_LL = Pattern.compile("ll\\z");

    private PorterStemmer() {
    }

    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? "Y" + word.substring(1) : word;
        w = step1a(w);
        w = step1b(w);
        Matcher m = match(STEP_1C, w);
        if (m != null) {
            w = w.substring(0, m.end(1)) + "i";
        }
        w = replaceSuffix(STEP_2, STEP2, w);
        w = replaceSuffix(STEP_3, STEP3, w);
        w = step4(w);
        w = step5(w);
        return initialY ? "y" + w.substring(1) : w;
    }

    private static String step1a(String w) {
        Matcher m = match(STEP_1A, w);
        if (m == null) {
            m = match(STEP_1A_S, w);
        }
        return m == null ? w : w.substring(0, m.end(2));
    }

    private static String step1b(String w) {
        Matcher m = match(STEP_1B_EED, w);
        if (m != null) {
            return found(MEASURE_ABOVE_0, w.substring(0, m.end(1))) ? dropLast(w) : w;
        }
        m = match(STEP_1B_ED_ING, w);
        if (m == null || !found(HAS_VOWEL, w.substring(0, m.end(1)))) {
            return w;
        }
        String stem = w.substring(0, m.end(1));
        if (found(STEP_1B_AT_BL_IZ, stem)) {
            return stem + "e";
        } else if (endsWithDoubleConsonant(stem)) {
            return dropLast(stem);
        } else if (found(SHORT_SYLLABLE, stem)) {
            return stem + "e";
        }
        return stem;
    }

    private static String replaceSuffix(Pattern pattern, Map<String, String> replacements, String w) {
        Matcher m = match(pattern, w);
        if (m != null) {
            String stem = w.substring(0, m.end(1));
            if (found(MEASURE_ABOVE_0, stem)) {
                return stem + replacements.get(w.substring(m.start(2)));
            }
        }
        return w;
    }

    private static String step4(String w) {
        Matcher m = match(STEP_4, w);
        if (m != null) {
            String stem = w.substring(0, m.end(1));
            return found(MEASURE_ABOVE_1, stem) ? stem : w;
        }
        m = match(STEP_4_ION, w);
        if (m != null) {
            String stem = w.substring(0, m.end(2));
            return found(MEASURE_ABOVE_1, stem) ? stem : w;
        }
        return w;
    }

    private static String step5(String w) {
        Matcher m = match(STEP_5, w);
        if (m != null) {
            String stem = w.substring(0, m.end(1));
            if (found(MEASURE_ABOVE_1, stem) || found(MEASURE_1, stem) && !found(SHORT_SYLLABLE, stem)) {
                w = stem;
            }
        }
        return found(STEP_5_LL, w) && found(MEASURE_ABOVE_1, w) ? dropLast(w) : w;
    }

    /** {@code ([^aeiouylsz])\1$}: the last two code units are the same, and not one of those letters. */
    private static boolean endsWithDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouylsz".indexOf(w.charAt(n - 1)) < 0;
    }

    /** {@code w.replace(/.$/, "")}: {@code .} does not match a line terminator, and then nothing is replaced. */
    private static String dropLast(String w) {
        char last = w.charAt(w.length() - 1);
        boolean lineTerminator = last == '\n' || last == '\r' || last == '\u2028' || last == '\u2029';
        return lineTerminator ? w : w.substring(0, w.length() - 1);
    }

    private static Matcher match(Pattern pattern, String w) {
        Matcher m = pattern.matcher(shape(w));
        return m.find() ? m : null;
    }

    private static boolean found(Pattern pattern, String w) {
        return pattern.matcher(shape(w)).find();
    }

    /** The word as the expressions see it: one char per UTF-16 code unit, none of them special to Java. */
    static String shape(String w) {
        char[] shape = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0x80) {
                if (shape == null) {
                    shape = w.toCharArray();
                }
                shape[i] = c == '\u2028' || c == '\u2029' ? '\n' : '#';
            }
        }
        return shape == null ? w : new String(shape);
    }
}
