package org.drplan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test script in Firefox ESR: Debian packages no geckodriver, so the scripts in {@code src/test/firefox} drive
 * the stock Firefox with puppeteer-core over WebDriver BiDi (installed with npm into target/ from the committed
 * lockfile). Needs {@code firefox-esr} and Node.js; .ci/run installs Firefox.
 */
final class FirefoxScripts {

    private static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");
    private static final Path SOURCES = Path.of("src/test/firefox");
    private static final Path WORK = Path.of("target/firefox-test");

    private FirefoxScripts() {
    }

    /** What a script printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    /** Runs {@code script} with {@code args} and asserts that it ran to the end with no failed check. */
    static Result runChecks(String script, List<String> args, int timeoutSeconds) throws Exception {
        Result result = run(script, args, timeoutSeconds);
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains(" 0 failed"), result.output());
        return result;
    }

    static Result run(String script, List<String> args, int timeoutSeconds) throws Exception {
        assertTrue(Files.isExecutable(FIREFOX), "Firefox tests need Debian's firefox-esr (.ci/run installs it)");
        install(script);
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        return exec(command, timeoutSeconds);
    }

    /** axe-core's script, installed with the Firefox tests' tools (it runs in any browser). */
    static Path axeScript() throws IOException, InterruptedException {
        install(null);
        return WORK.resolve("node_modules/axe-core/axe.min.js");
    }

    private static synchronized void install(String script) throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        for (String name : script == null ? List.of("package.json", "package-lock.json")
                : List.of("package.json", "package-lock.json", "harness.js", script)) {
            Files.copy(SOURCES.resolve(name), WORK.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(WORK.resolve("node_modules/puppeteer-core"))
                || !Files.isDirectory(WORK.resolve("node_modules/axe-core"))) {
            Result install = exec(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertEquals(0, install.exitCode(), "npm ci failed:\n" + install.output());
        }
    }

    private static Result exec(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
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
