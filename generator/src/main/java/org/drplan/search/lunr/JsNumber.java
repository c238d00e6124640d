package org.drplan.search.lunr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JavaScript's {@code Number::toString} (ECMA-262 6.1.6.1.20), which {@code JSON.stringify} uses for finite
 * numbers: the fewest significant digits that read back as the same double (the closest such digits when there is
 * a choice), written plainly from 1e-6 up to 1e21 and as {@code 1.5e+300}/{@code 1e-7} beyond. Java's
 * {@link Double#toString} is not that ({@code 1.0E-7}, {@code 100000.0}, and before JDK 19 not always shortest).
 */
final class JsNumber {

    /** Below this many thousandths every score is a decimal of at most 15 significant digits. */
    private static final double PLAIN_THOUSANDTHS_LIMIT = 1e15;

    private JsNumber() {
    }

    /**
     * {@code String(thousandths / 1000)} for a whole number of thousandths, as lunr's rounded scores are. Below 1e15
     * the quotient is the double nearest to a decimal of at most 15 significant digits; no other decimal that short
     * reads back as that double (15 digits always survive a round trip through a double), so that decimal, without
     * trailing zeros, is JavaScript's answer and is written directly.
     */
    static String ofThousandths(double thousandths) {
        if (thousandths != Math.rint(thousandths) || Math.abs(thousandths) >= PLAIN_THOUSANDTHS_LIMIT) {
            return toString(thousandths / 1000);
        }
        long m = (long) thousandths;
        if (m == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder(m < 0 ? "-" : "");
        long abs = Math.abs(m);
        text.append(abs / 1000);
        long fraction = abs % 1000;
        if (fraction != 0) {
            String digits = Long.toString(1000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        return text.toString();
    }

    static String toString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        } else if (x == 0) {
            return "0";
        } else if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        } else if (x < 0) {
            return "-" + toString(-x);
        }
        BigDecimal decimal = shortestDecimal(x).stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int k = digits.length();
        int n = k - decimal.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        } else if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        } else if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = "e" + (n - 1 < 0 ? "-" : "+") + Math.abs(n - 1);
        return k == 1 ? digits + exponent : digits.charAt(0) + "." + digits.substring(1) + exponent;
    }

    /** The closest decimal of the fewest significant digits that reads back as {@code x} (positive, finite). */
    private static BigDecimal shortestDecimal(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal closest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (closest.doubleValue() == x) {
                return closest;
            }
            // Just above a power of two the doubles below are twice as dense, so a decimal farther away on the
            // other side may still read back as x when the closest does not.
            for (RoundingMode direction : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN}) {
                BigDecimal other = exact.round(new MathContext(precision, direction));
                if (other.doubleValue() == x) {
                    return other;
                }
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }
}
