package org.drplan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "+1 555 0140             | tel:+15550140",
        "+1 (555) 01-40          | tel:+15550140",
        "+44 (0)20 5550 0199     | tel:+442055500199",
        "0301/555-0123           | tel:03015550123",
        "+1 555 0140 ext. 12     | tel:+15550140;ext=12",
        "+1 555 0140 ext 12      | tel:+15550140;ext=12",
        "+1 555 0140 x12         | tel:+15550140;ext=12",
        "+1 555 0140 X 12        | tel:+15550140;ext=12",
        "+1 555 0140;ext=12      | tel:+15550140;ext=12",
        "+1 555 0140 extension 7 | tel:+15550140;ext=7",
        "+49 30 5550123 (mobile) | tel:+49305550123",
        "(office) 0301 555 0123  | tel:03015550123",
        "1-800-FLOWERS           | tel:18003569377",
        "112                     | tel:112",
    })
    void dialsTheNumberWrittenAndAnExtensionAsRfc3966Says(String written, String url) {
        assertEquals(url, Phone.parse(written, null).url());
        assertEquals(written, Phone.parse(written, null).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "+1 555 0140 / +1 555 0141     | holds more than one number",
        "+1 555 0140, +1 555 0141      | holds more than one number",
        "+1 555 0140 or +1 555 0141    | holds more than one number",
        "+1 555 0140 +1 555 0141       | holds more than one number",
        "0301 5550123; 0301 5550124    | holds more than one number",
        "030155501230301555012         | has 21 digits, more than one number has (at most 15)",
        "-                             | has no digits to dial",
        "n/a                           | has no digits to dial",
        "TBD                           | has no digits to dial",
        "+1 555 0140 mobile            | has words in it",
        "call 555 0140                 | has words in it",
        "+1 555 0140 #2                | has '#'",
        "12                            | has too few digits for a phone number",
    })
    void refusesAValueThatWouldDialAWrongNumber(String written, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Phone.parse(written, null));
        assertTrue(e.getMessage().startsWith("'" + written + "' " + problem), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "482913#    | tel:+15550199,482913%23",
        "48 29 13 # | tel:+15550199,482913%23",
    })
    void aConferenceAccessCodeIsDialledAfterAPauseWithItsHashEncoded(String code, String url) {
        assertEquals(url, Phone.parse("+1 555 0199", code).url());
    }
}
