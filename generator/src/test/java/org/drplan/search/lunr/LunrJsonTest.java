package org.drplan.search.lunr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Numbers, rounding and strings written as JavaScript writes them, checked against GraalJS. */
class LunrJsonTest {

    private static final LunrJs lunr = LunrJs.shared();

    @Test
    void numbersAsJavaScriptWritesThem() {
        assertEquals("0", JsNumber.toString(0.0));
        assertEquals("0", JsNumber.toString(-0.0));
        assertEquals("0.1", JsNumber.toString(0.1));
        assertEquals("0.30000000000000004", JsNumber.toString(0.1 + 0.2));
        assertEquals("100000", JsNumber.toString(1e5));
        assertEquals("1e+21", JsNumber.toString(1e21));
        assertEquals("123456789012345680000", JsNumber.toString(123456789012345678901.0));
        assertEquals("0.000001", JsNumber.toString(1e-6));
        assertEquals("1e-7", JsNumber.toString(1e-7));
        assertEquals("1.23e-18", JsNumber.toString(123e-20));
        assertEquals("1.5e+300", JsNumber.toString(1.5e300));
        assertEquals("5e-324", JsNumber.toString(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", JsNumber.toString(Double.MAX_VALUE));
        assertEquals("9007199254740992", JsNumber.toString(0x1p53));
        assertEquals("-22.336", JsNumber.toString(-22.336));
        assertEquals("NaN", JsNumber.toString(Double.NaN));
        assertEquals("-Infinity", JsNumber.toString(Double.NEGATIVE_INFINITY));
    }

    /** Random bit patterns, every power of two (where the doubles below are denser) and short decimals. */
    @Test
    void numbersMatchGraalJsString() {
        Random random = new Random(239);
        List<Double> numbers = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(x)) {
                numbers.add(x);
            }
            numbers.add(random.nextInt(1_000_000) / 1000.0);
            numbers.add(random.nextInt(100) * Math.pow(10, random.nextInt(60) - 30));
        }
        for (int e = -1074; e <= 1023; e++) {
            numbers.add(Math.scalb(1.0, e));
        }
        List<String> bits = numbers.stream().map(x -> Long.toString(Double.doubleToRawLongBits(x))).toList();
        // The bits travel as text and become the double in JavaScript, so no decimal conversion sits in between.
        List<String> expected = lunr.map("function (b) { var v = new DataView(new ArrayBuffer(8));"
                + " v.setBigInt64(0, BigInt(b)); return String(v.getFloat64(0)); }", bits);
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(expected.get(i), JsNumber.toString(numbers.get(i)), "bits " + bits.get(i));
        }
    }

    @Test
    void scoresInThousandthsAreWrittenAsTheirQuotient() {
        for (long m = -2_000; m <= 100_000; m++) {
            assertEquals(JsNumber.toString(m / 1000.0), JsNumber.ofThousandths(m), "thousandths " + m);
        }
        Random random = new Random(7);
        for (int i = 0; i < 30_000; i++) {
            long m = (long) (random.nextDouble() * Math.pow(10, 1 + random.nextInt(16)));
            assertEquals(JsNumber.toString(m / 1000.0), JsNumber.ofThousandths(m), "thousandths " + m);
        }
        assertEquals("1e+21", JsNumber.ofThousandths(1e24));
        assertEquals("0.0005", JsNumber.ofThousandths(0.5), "not a whole number: written as the quotient");
    }

    @Test
    void roundingIsMathRound() {
        double[] xs = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5,
            4503599627370497.0, 9007199254740993.0, 1e300, -1e300, 22336.4999, 0.0004, 377.5};
        List<String> bits = new ArrayList<>();
        for (double x : xs) {
            bits.add(Long.toString(Double.doubleToRawLongBits(x)));
        }
        Value round = lunr.eval("(function (b) { var v = new DataView(new ArrayBuffer(8));"
                + " v.setBigInt64(0, BigInt(b)); return Math.round(v.getFloat64(0)); })");
        for (int i = 0; i < xs.length; i++) {
            double expected = round.execute(bits.get(i)).asDouble();
            // + 0.0 turns -0 into 0: JSON writes both as 0
            assertEquals(expected + 0.0, FieldVectors.jsRound(xs[i]) + 0.0, "Math.round(" + xs[i] + ")");
        }
    }

    @Test
    void stringsAsJsonStringifyWritesThem() {
        List<String> strings = List.of("", "plain", "\"quoted\"", "back\\slash", "\b\f\n\r\t", "\u0000\u0001\u001f",
                "\u007f\u0080\u00ff", "\u2028\u2029", "\ud800", "\udfff", "x\ud800y", "\ude00\ud83d", "\ud83d\ude00",
                "\ud83d\ud83d\ude00", "\ud83d\ude00\ude00", "</script>", "é ß İ ς", "\ufeff\uffff");
        List<String> expected = lunr.map("function (s) { return JSON.stringify(s); }", strings);
        for (int i = 0; i < strings.size(); i++) {
            assertEquals(expected.get(i), new JsonWriter(16).string(strings.get(i)).toString(),
                    PorterStemmerTest.escaped(strings.get(i)));
        }
    }
}
