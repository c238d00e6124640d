package org.drplan.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.drplan.Drplan;
import org.drplan.build.BuildReport;
import org.drplan.config.BuildConfig;
import org.junit.jupiter.api.BeforeAll;
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
