package org.drplan.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * SVG text is drawn with the PDF's own fonts whatever family it names, so the PDF is the same on a machine with no
 * system fonts at all (fontconfig pointed at an empty folder) as on one with many.
 */
class SvgTextFontsTest {

    private static final String PLAN = """
            -- content/drplan.yml --
            title: Drawings
            -- content/network.md --
            # Network
            ![The sites](sites.svg)
            -- content/sites.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" font-family="Helvetica, Arial">
              <text x="10" y="30">Site A: Kestrel Park (production)</text>
              <text x="10" y="60" font-family="Times New Roman, serif" font-weight="bold">Site B: recovery</text>
              <text x="10" y="90" font-family="Courier New, monospace">10.20.1.10 itsm-db01</text>
              <text x="10" y="120" font-family="Some Font Nobody Has" font-style="italic">Ελληνικά Кириллица</text>
              <text x="10" y="150">No family given: 漢字</text>
            </svg>
            """;

    @Test
    void aMachineWithoutSystemFontsMakesTheSamePdfAsOneWithFonts() throws Exception {
        Path plan = TestSite.write(PLAN);
        Path noFonts = Files.createTempDirectory("drplan-no-fonts-");
        Files.createDirectories(noFonts.resolve("empty"));
        Files.writeString(noFonts.resolve("fonts.conf"), """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>
                """.formatted(noFonts.resolve("empty"), noFonts.resolve("cache")));
        // A home of its own: the JDK keeps what fontconfig told it under ~/.java/fonts.
        byte[] withoutFonts = build(plan, "no-fonts", List.of("-Duser.home=" + noFonts),
                Map.of("FONTCONFIG_FILE", noFonts.resolve("fonts.conf").toString()));
        byte[] withFonts = build(plan, "fonts", List.of(), Map.of());
        assertArrayEquals(withFonts, withoutFonts, "the same PDF bytes with and without system fonts");
    }

    @Test
    void aCharacterTheFontsLackIsAWarningWhereTheDrawingIsEmbedded() {
        TestSite.build(PLAN).assertSucceeded().assertProblemsBesidesPlanOutline(
                "content/network.md:2:1: warning: image 'sites.svg': the PDF's fonts have no glyph for '字' (U+5B57): "
                        + "it prints as an empty box in plan.pdf",
                "content/network.md:2:1: warning: image 'sites.svg': the PDF's fonts have no glyph for '漢' (U+6F22): "
                        + "it prints as an empty box in plan.pdf");
    }

    @Test
    void textAlongAPathIsAnErrorWhereTheDrawingIsEmbedded() {
        TestSite.build("""
                -- content/network.md --
                # Network
                ![Ring](ring.svg)
                -- content/ring.svg --
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">
                  <path id="p" d="M10 50 A40 40 0 0 1 90 50"/>
                  <text><textPath xlink:href="#p">around</textPath></text>
                </svg>
                """).assertFailed().assertProblemsBesidesPlanOutline("content/network.md:2:1: error: image 'ring.svg' "
                + "cannot be drawn in plan.pdf: text along a path (<textPath>) cannot be drawn");
    }

    /** Text is placed as a browser places it: its anchor, size and family's glyph widths decide where it ends. */
    @Test
    void textIsOutlinedAtItsAnchor() throws IOException {
        SvgTextOutlines outlines = new SvgTextOutlines(new PdfFonts());
        org.w3c.dom.Document drawing = SvgDrawing.parse("t.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="50" font-size="10">
                  <text x="100" y="20" text-anchor="middle" fill="red">WW</text>
                  <text x="100" y="40" text-anchor="end"><tspan font-weight="bold" fill="blue">W</tspan></text>
                </svg>
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        outlines.convert(drawing.getDocumentElement());
        assertEquals(0, drawing.getElementsByTagNameNS("*", "text").getLength());
        var groups = drawing.getElementsByTagNameNS("*", "g");
        assertEquals("red", ((org.w3c.dom.Element) groups.item(0)).getAttribute("fill"));
        var paths = drawing.getElementsByTagNameNS("*", "path");
        // DejaVu Sans's W is 2025 of 2048 units wide: two at 10 units are 19.78 wide, so middle starts at 90.11.
        assertEquals("translate(90.11 0)", ((org.w3c.dom.Element) paths.item(0)).getAttribute("transform"));
        org.w3c.dom.Element bold = (org.w3c.dom.Element) paths.item(1);
        assertEquals("blue", bold.getAttribute("fill"));
        assertTrue(bold.getAttribute("transform").startsWith("translate(88."), bold.getAttribute("transform"));
    }

    private static byte[] build(Path plan, String name, List<String> options, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = plan.resolve(name);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(options);
        command.addAll(List.of(SvgTextPdf.class.getName(), plan.resolve("content").toString(), out.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), name + ":\n" + output);
        return Files.readAllBytes(out.resolve("plan.pdf"));
    }
}
