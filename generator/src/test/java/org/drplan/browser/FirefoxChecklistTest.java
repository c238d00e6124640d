package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * The checklist in Firefox ESR, whose file:// pages each get their own localStorage: Debian packages no
 * geckodriver, so {@code src/test/firefox/checklist-firefox.js} drives Firefox with puppeteer-core over WebDriver
 * BiDi (installed with npm into target/ from the committed lockfile). Needs {@code firefox-esr} and Node.js;
 * .ci/run installs Firefox.
 */
class FirefoxChecklistTest {

    private static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");
    private static final Path SOURCES = Path.of("src/test/firefox");
    private static final Path WORK = Path.of("target/firefox-test");

    @Test
    void ticksAreSharedBetweenPagesAndEverythingElseWorksInFirefox() throws Exception {
        assertTrue(Files.isExecutable(FIREFOX), "Firefox tests need Debian's firefox-esr (.ci/run installs it)");
        // The plan of the Chromium checklist tests, so that both browsers are held to the same checks.
        TestSite v1 = BrowserSites.checklistPlan("1.0");
        TestSite v2 = BrowserSites.checklistPlan("1.1");
        TestSite late = BrowserSites.checklistPlanWithLateStore();
        installDriver();

        Result result = run(List.of("node", "checklist-firefox.js", v1.output().toString(), v2.output().toString(),
                late.output().toString()), 240);

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains(" 0 failed"), result.output());
    }

    private static void installDriver() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        for (String name : List.of("package.json", "package-lock.json", "checklist-firefox.js")) {
            Files.copy(SOURCES.resolve(name), WORK.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK.resolve("node_modules/puppeteer-core"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertEquals(0, install.exitCode(), "npm ci failed:\n" + install.output());
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("drplan-firefox", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
