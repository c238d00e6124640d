package org.drplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: each command, its exit codes, and wrong use said plainly. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildsTheSamplePlanWithAndWithoutItsPdf(@TempDir Path dir) {
        assertEquals(0, run("build", "--out", dir.resolve("a").toString(), "--pdf=false", "../content"), err());
        assertTrue(Files.isRegularFile(dir.resolve("a/index.html")));
        assertFalse(Files.exists(dir.resolve("a/plan.pdf")));
        assertTrue(out().contains("drplan: 1") || out().matches("(?s).*drplan: \\d+ sections.*"), out());
        assertEquals(0, run("build", "--outputDirectory=" + dir.resolve("b"), "--outputTimestamp",
                "2026-03-04T05:06:07Z", "../content"), err());
        assertTrue(Files.isRegularFile(dir.resolve("b/plan.pdf")));
        assertEquals(0, run("verify", dir.resolve("b").toString()));
        assertTrue(out().contains("intact") || out().contains("files match"), out());
    }

    @Test
    void aPlanWithErrorsExitsWithOneAndNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path content = Files.createDirectories(dir.resolve("plan"));
        Files.writeString(content.resolve("scope.md"), "---\ntype: scope\n---\n# Scope\nSee [x](nowhere.md).\n");
        assertEquals(1, run("build", "--out", dir.resolve("out").toString(), "--pdf=false", content.toString()));
        assertTrue(err().matches("(?s).*plan/scope\\.md:5:5: error: .*nowhere\\.md.*"), err());
        assertTrue(err().contains("the previous bundle was left as it was"));
        assertFalse(Files.exists(dir.resolve("out")));
        assertEquals(0, run("build", "--out", dir.resolve("out").toString(), "--pdf=false", "--linkCheck", "warn",
                content.toString()), "the plugin's linkCheck, by the same name");
    }

    @Test
    void bothEditionsFromOneRunTheShareableOneBesideTheFullOne(@TempDir Path dir) throws IOException {
        assertEquals(0, run("build", "--out", dir.resolve("b").toString(), "--pdf=false", "--audience",
                "full,shareable", "../content"), err());
        assertTrue(Files.isRegularFile(dir.resolve("b/reference/personal-contacts.html")));
        assertFalse(Files.exists(dir.resolve("b-shareable/reference/personal-contacts.html")));
        assertTrue(Files.readString(dir.resolve("b-shareable/BUILD-INFO.txt")).contains("shareable edition"));
        assertTrue(out().contains("-> " + dir.resolve("b-shareable")) && out().contains("-> " + dir.resolve("b")),
                out());
        assertEquals(2, run("build", "--audience", "everyone", "../content"));
        assertTrue(err().contains("--audience"), err());
    }

    @Test
    void wrongUseExitsWithTwoAndSaysWhy(@TempDir Path dir) {
        assertEquals(2, run("build", "--nonsense", "../content"));
        assertTrue(err().contains("drplan: unknown option --nonsense (see java -jar drplan.jar --help)"), err());
        assertEquals(2, run("build"));
        assertTrue(err().contains("missing content folder"), err());
        assertEquals(2, run("build", dir.resolve("absent").toString()));
        assertTrue(err().contains("absent does not exist: name the folder that holds the plan"), err());
        assertEquals(2, run("build", "--linkCheck", "maybe", "../content"));
        assertTrue(err().contains("--linkCheck: "), err());
        assertEquals(2, run("build", "--strict=perhaps", "../content"));
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertEquals(2, run("serve", "--port", "eighty", "../content"));
        assertTrue(err().contains("--port is a port number"), err());
        assertEquals(2, run());
        assertTrue(out().contains("usage: java -jar drplan.jar <command>"));
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        for (String option : new String[] {"--outputDirectory", "--templateDirectory", "--strict", "--linkCheck",
            "--title", "--planVersion", "--pdf", "--searchIndexer", "--outputTimestamp", "--port", "--host"}) {
            assertTrue(out().contains(option), option);
        }
        assertEquals(0, run("--version"));
        assertTrue(out().contains("drplan "));
    }

    @Test
    void initWritesAStarterThatBuildsAndNeverOverwrites(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("plan");
        assertEquals(0, run("init", content.toString()));
        assertTrue(out().contains("10 files written into") || out().matches("(?s).*\\d+ files written into.*"));
        assertEquals(0, run("build", "--out", dir.resolve("out").toString(), "--pdf=false", content.toString()));
        assertTrue(err().contains("warning: placeholder left to fill in"), err());
        Files.writeString(content.resolve("scope.md"), "mine");
        assertEquals(0, run("init", content.toString()));
        assertTrue(err().contains("scope.md exists: left as it was"), err());
        assertEquals("mine", Files.readString(content.resolve("scope.md")));
    }

    @Test
    void aDamagedBundleFailsVerify(@TempDir Path dir) throws IOException {
        assertEquals(0, run("build", "--out", dir.resolve("b").toString(), "--pdf=false", "../content"));
        Files.writeString(dir.resolve("b/index.html"), "changed");
        assertEquals(1, run("verify", dir.resolve("b").toString()));
        assertTrue(err().contains("changed: index.html"), err());
    }

    @Test
    void serveOnABusyPortIsWrongUseNamingThePort(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertEquals(2, run("serve", "--port", String.valueOf(port), "--pdf=false", "../content"));
            assertTrue(err().contains("port " + port + " on 127.0.0.1 is in use: choose another with --port "
                    + (port + 1)), err());
        }
    }
}
