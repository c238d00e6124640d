package org.drplan.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256SumsTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void writesOneSortedLinePerFileInGnuFormat() {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("procedures/restore.html", A);
        hashes.put("assets/drplan.css", B);
        hashes.put("index.html", A);
        assertEquals(B + "  assets/drplan.css\n" + A + "  index.html\n" + A + "  procedures/restore.html\n",
                Sha256Sums.format(hashes));
    }

    @Test
    void escapesBackslashesAndLineBreaksTheGnuWayAndReadsThemBack() {
        String text = Sha256Sums.format(Map.of("odd\\name.html", A, "two\nlines.txt", B, "plain.txt", A));
        assertEquals("\\" + A + "  odd\\\\name.html\n" + A + "  plain.txt\n\\" + B + "  two\\nlines.txt\n", text);
        assertEquals(List.of(new Sha256Sums.Entry("odd\\name.html", A), new Sha256Sums.Entry("plain.txt", A),
                new Sha256Sums.Entry("two\nlines.txt", B)), Sha256Sums.parse(text).entries());
    }

    @Test
    void readsBinaryMarkersUpperCaseAndCrlfAndNamesLinesItCannotRead() {
        Sha256Sums.Parsed parsed = Sha256Sums.parse(A.toUpperCase() + " *index.html\r\n\r\nnot a line\r\n"
                + B + "  a file with spaces.html\r\n");
        assertEquals(List.of(new Sha256Sums.Entry("index.html", A),
                new Sha256Sums.Entry("a file with spaces.html", B)), parsed.entries());
        assertEquals(List.of("line 3: not '<SHA-256>  <file>'"), parsed.problems());
    }

    /** The contract: {@code sha256sum -c SHA256SUMS} checks a bundle on Linux. */
    @Test
    void coreutilsChecksWhatItWrites(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/sha256sum")), "no coreutils sha256sum here");
        Files.createDirectories(folder.resolve("procedures"));
        Files.writeString(folder.resolve("procedures/restore db.html"), "<p>Restore</p>");
        Files.writeString(folder.resolve("back\\slash.txt"), "odd but legal on Linux");
        Files.writeString(folder.resolve("index.html"), "<p>Index</p>");
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String name : List.of("procedures/restore db.html", "back\\slash.txt", "index.html")) {
            hashes.put(name, sha256(folder.resolve(name)));
        }
        Files.writeString(folder.resolve("SHA256SUMS"), Sha256Sums.format(hashes), StandardCharsets.UTF_8);
        assertEquals(0, sha256sumCheck(folder), "intact");
        Files.writeString(folder.resolve("index.html"), "<p>Edited</p>");
        assertEquals(1, sha256sumCheck(folder), "one file changed");
    }

    private static int sha256sumCheck(Path folder) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sha256sum", "--quiet", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
