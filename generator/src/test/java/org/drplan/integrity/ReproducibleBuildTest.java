package org.drplan.integrity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same plan gives the same bytes, wherever and whenever it is built; the build id says which plan it was. */
class ReproducibleBuildTest {

    private static final String PLAN = """
            -- content/drplan.yml --
            title: Payroll continuity plan
            version: 2.0.0
            -- content/team.yml --
            roles:
              - id: dba-lead
                title: Database lead
                name: Tomasz Reyes
                phone: "+44 20 7946 0000"
            -- content/scope.md --
            ---
            type: scope
            rto: 4h
            ---
            # Scope
            What the plan covers. See [[restore]].
            -- content/procedures/restore.md --
            ---
            type: procedure
            owner: dba-lead
            ---
            # Restore the database
            - [ ] Stop the application
            - [ ] Restore last night's backup
            """;

    @Test
    void twoBuildsInDifferentFoldersAreByteIdenticalPdfAndZipIncluded(@TempDir Path tmp) throws IOException {
        TestSite first = TestSite.build(PLAN).assertSucceeded();
        TestSite second = TestSite.build(PLAN).assertSucceeded();
        assertNotEquals(first.output(), second.output());
        Map<String, byte[]> a = files(first.output());
        Map<String, byte[]> b = files(second.output());
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().containsAll(List.of("plan.pdf", "SHA256SUMS", "BUILD-INFO.txt", "index.html",
                "assets/search/index.js")), a.keySet().toString());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path + " differs between the builds"));

        Instant built = Instant.parse("2026-01-02T03:04:05Z");
        RunbookZip.write(first.output(), tmp.resolve("one/plan-2.0.0-runbook.zip"), "plan-2.0.0", built);
        RunbookZip.write(second.output(), tmp.resolve("two/plan-2.0.0-runbook.zip"), "plan-2.0.0", built);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one/plan-2.0.0-runbook.zip")),
                Files.readAllBytes(tmp.resolve("two/plan-2.0.0-runbook.zip")));
    }

    @Test
    void theZipUnpacksIntoOneFolderThatChecksIntact(@TempDir Path tmp) throws IOException {
        TestSite site = TestSite.build(PLAN, b -> b.pdf(false)).assertSucceeded();
        Path zip = tmp.resolve("plan-runbook.zip");
        RunbookZip.write(site.output(), zip, "plan-2.0.0", Instant.parse("1970-01-01T00:00:00Z"));
        Path unpacked = tmp.resolve("unpacked");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertTrue(entry.getName().startsWith("plan-2.0.0/"), entry.getName());
                assertEquals(1980, java.time.LocalDateTime.ofInstant(entry.getLastModifiedTime().toInstant(),
                        java.time.ZoneOffset.UTC).getYear(), "zip dates start in 1980");
                Path to = unpacked.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(in, to);
                }
            }
        }
        assertEquals(List.of("plan-2.0.0"), list(unpacked));
        assertTrue(BundleCheck.check(unpacked.resolve("plan-2.0.0")).intact());
        try (Stream<Path> leftovers = Files.list(tmp)) {
            assertEquals(List.of("plan-runbook.zip", "unpacked"),
                    leftovers.map(p -> p.getFileName().toString()).sorted().toList(), "no partial file left");
        }
    }

    @Test
    void theBuildIdFollowsTheContentAndTheSettingsAndShowsOnEveryPage() {
        String id = buildId(TestSite.build(PLAN).assertSucceeded());
        assertTrue(id.matches("[0-9a-f]{12}"), id);
        assertEquals(id, buildId(TestSite.build(PLAN).assertSucceeded()), "same plan, same id");
        assertNotEquals(id, buildId(TestSite.build(PLAN.replace("Restore last night's", "Restore the latest"))
                .assertSucceeded()), "one word changed");
        TestSite withoutPdf = TestSite.build(PLAN, b -> b.pdf(false)).assertSucceeded();
        assertNotEquals(id, buildId(withoutPdf), "settings changed");

        for (String page : List.of("index.html", "scope.html", "procedures/restore.html", "checklist.html",
                "verify.html")) {
            var footer = withoutPdf.assertFile(page).html().select("footer");
            assertTrue(footer.text().contains(buildId(withoutPdf)), page + ": " + footer.text());
            assertTrue(!footer.select("a[href$=verify.html]").isEmpty(), page + " links to the check page");
        }
    }

    @Test
    void withoutAConfiguredDateTheBuildDateIsTheNewestSourceFileNeverTheClock() throws IOException {
        Path root = TestSite.write(PLAN);
        Instant older = Instant.parse("2025-05-06T07:08:09Z");
        Instant newest = Instant.parse("2025-09-10T11:12:13Z");
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(file.endsWith("scope.md") ? newest : older));
            }
        }
        TestSite site = TestSite.buildIn(root, b -> b.buildTime(null).pdf(false)).assertSucceeded();
        site.assertFile("BUILD-INFO.txt").contains("built:         2025-09-10T11:12:13Z");
        site.assertFile("index.html").contains("2025-09-10 11:12 UTC");
    }

    private static String buildId(TestSite site) {
        return site.assertFile("BUILD-INFO.txt").text().lines().filter(l -> l.startsWith("build id:"))
                .map(l -> l.substring(9).trim()).findFirst().orElseThrow();
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> files(Path bundle) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(bundle)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(bundle.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
