package org.drplan.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The sample plan's PDF passes veraPDF: tagged for accessibility (PDF/UA-1) and archivable (PDF/A-2a). */
class SamplePlanPdfTest {

    private static Path pdf;

    @BeforeAll
    static void build() {
        Path out = Path.of("target/pdf-test/sample").toAbsolutePath();
        BuildReport report = Drplan.build(BuildConfig.builder(Path.of("../content"), out)
                .baseDirectory(Path.of(".."))
                .buildTime(Instant.parse("2026-11-25T00:00:00Z"))
                .build());
        assertTrue(report.succeeded(), () -> String.join("\n", report.formattedProblems()));
        pdf = out.resolve("plan.pdf");
        VeraGreenfieldFoundryProvider.initialise();
    }

    /**
     * Every cross-reference lands: "(see 4.1, p. 13)", never "(see 4.1, p. )", which is what a link to an id the
     * print document lacks prints (the sample links to the team page's contacts, bridge and escalation).
     */
    @Test
    void everyCrossReferenceNamesItsPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            java.util.regex.Matcher see = java.util.regex.Pattern.compile("\\(see [0-9.]+, p\\. ?(\\d*)\\)")
                    .matcher(text);
            int references = 0;
            while (see.find()) {
                assertFalse(see.group(1).isEmpty(), "no page number: " + see.group());
                references++;
            }
            assertTrue(references > 20, "cross-references: " + references);
        }
    }

    enum Standard {
        PDF_UA_1(PDFAFlavour.PDFUA_1), PDF_A_2A(PDFAFlavour.PDFA_2_A);

        final PDFAFlavour flavour;

        Standard(PDFAFlavour flavour) {
            this.flavour = flavour;
        }
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void conformsTo(Standard standard) throws Exception {
        assertConforms(pdf, standard);
    }

    static void assertConforms(Path pdf, Standard standard) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, standard.flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(standard.flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<String, Long> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(a -> a.getRuleId() + " " + a.getMessage(), Collectors.counting()));
            assertEquals(Map.of(), failures, standard + " failures");
            assertTrue(result.isCompliant(), standard.name());
        }
    }
}
