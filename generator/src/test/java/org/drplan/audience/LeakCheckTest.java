package org.drplan.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The values of restricted material a shareable bundle must not carry, and the check that finds them in the files
 * it would publish, however they are written there, and never prints them whole (#22 part 3, work in progress).
 */
class LeakCheckTest {

    private static final String RESTRICTED = """
            Call Ada on her personal mobile +44 (0)7700 900 123 or at home 020 7946 0000.
            Mail ada.lovelace@example.org; the DR jump host is 10.60.1.10 (v6 2001:db8::15).
            The break-glass API key is AKIAq7Xr9Lm2Pz81Qw3e; reviewed 2026-10-05, see section 5.3.1.
            """;

    @Test
    void phonesAddressesAndSecretsAreFoundInRestrictedMaterialButNotDatesOrStepNumbers() {
        List<String> found = SensitiveValues.in(RESTRICTED).stream().map(v -> v.kind() + " " + v.written()).toList();
        assertEquals(List.of("EMAIL ada.lovelace@example.org", "IP 10.60.1.10", "IP 2001:db8::15",
                "PHONE +44 (0)7700 900 123", "PHONE 020 7946 0000", "SECRET AKIAq7Xr9Lm2Pz81Qw3e"), found);
    }

    @Test
    void aLeakIsFoundHoweverTheValueIsWrittenAndReportedMasked() {
        Set<SensitiveValue> restricted = SensitiveValues.in(RESTRICTED);
        Map<String, byte[]> bundle = Map.of(
                "team.html", bytes("<p>Ada</p>\n<a href=\"tel:+442079460000\">call</a>"),
                "assets/search/part-1.json", bytes("{\"t\":\"mail ADA.LOVELACE@example.org\"}"),
                "scope.html", bytes("<p>The DR site is in Millbrook.</p>"),
                "restore.html", bytes("<p>Out of hours ring 020 7946\n0000, as the\nsource wrapped it.</p>"),
                "assets/fonts/x.woff2", bytes("10.60.1.10"));
        List<String> leaks = LeakCheck.find(restricted, bundle).stream().map(LeakCheck.Leak::describe).sorted()
                .toList();
        assertEquals(List.of("assets/search/part-1.json:1: an e-mail address of restricted material (ada…rg)",
                "restore.html:1: a phone number of restricted material (020…00)",
                "team.html:2: a phone number of restricted material (020…00)"), leaks);
        assertTrue(leaks.stream().noneMatch(l -> l.contains("7946 0000") || l.contains("ada.lovelace")),
                "never the value in full");
    }

    @Test
    void aBundleWithoutRestrictedValuesPasses() {
        assertTrue(LeakCheck.find(SensitiveValues.in(RESTRICTED), Map.of("index.html",
                bytes("<p>Call the service desk on the bridge; see 5.3.1, reviewed 2026-10-05.</p>"))).isEmpty());
        assertFalse(SensitiveValues.in("Version 3.2.0, step 5.3.1, RTO 4h, 2026-10-05").stream()
                .anyMatch(v -> v.kind() == SensitiveValue.Kind.PHONE));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
