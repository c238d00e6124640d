package org.drplan.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.config.Audience;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * A shareable bundle (#22 part 3, work in progress): sections marked {@code audience: restricted} are left out, and
 * the bundle is proved, file by file, to publish nothing sensitive of theirs; a leak is an error at the published
 * file's line with the value masked, and nothing is written.
 */
class ShareableBuildTest {

    private static final String PLAN = """
            -- content/scope.md --
            ---
            title: Scope
            type: scope
            ---
            What the plan covers.
            -- content/contacts.md --
            ---
            title: Private contacts
            audience: restricted
            ---
            Ada's personal mobile: +44 7700 900123. Home e-mail: ada@home.example.org.
            -- content/restore.md --
            ---
            title: Restore
            type: procedure
            ---
            - [ ] Restore the database.
            """;

    @Test
    void restrictedSectionsAreLeftOutAndNoFileOfTheBundleCarriesTheirValues() throws IOException {
        TestSite shareable = TestSite.build(PLAN, b -> b.audience(Audience.SHAREABLE).pdf(false)).assertSucceeded();
        shareable.assertNoFile("contacts.html");
        List<Path> files;
        try (Stream<Path> all = Files.walk(shareable.output())) {
            files = all.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("900123") || text.contains("ada@home"), file.toString());
        }
        TestSite full = TestSite.build(PLAN, b -> b.pdf(false)).assertSucceeded();
        full.assertFile("contacts.html").contains("+44 7700 900123");
    }

    @Test
    void aLeakIsAnErrorAtThePublishedFilesLineWithTheValueMaskedAndNothingIsWritten() {
        TestSite leaking = TestSite.build(PLAN.replace("What the plan covers.",
                "What the plan covers. Out of hours, ring Ada on 07700 900 123."),
                b -> b.audience(Audience.SHAREABLE).pdf(false)).assertFailed();
        List<String> leaks = leaking.problems().stream().filter(p -> p.contains("restricted material")).toList();
        assertTrue(leaks.stream().anyMatch(p -> p.matches("out/scope\\.html:\\d+:1: error: the shareable bundle "
                + "would publish a phone number of restricted material \\(\\+44…23\\).*")), leaks.toString());
        assertTrue(leaks.stream().noneMatch(p -> p.contains("900123") || p.contains("900 123")), "never in full");
        assertFalse(Files.exists(leaking.output()), "nothing written");
        assertEquals(List.of(), TestSite.build(PLAN, b -> b.audience(Audience.FULL).pdf(false)).assertSucceeded()
                .problems().stream().filter(p -> p.contains("restricted material")).toList());
    }
}
