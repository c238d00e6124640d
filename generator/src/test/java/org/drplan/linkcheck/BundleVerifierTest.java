package org.drplan.linkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.drplan.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleVerifierTest {

    @TempDir
    Path bundle;

    private List<String> verify() {
        Diagnostics diagnostics = new Diagnostics(false);
        new BundleVerifier().verify(bundle, diagnostics);
        return diagnostics.problems().stream().map(p -> p.format(null)).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = bundle.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void acceptsABundleWhoseEveryReferenceResolves() throws IOException {
        write("assets/drplan.css", "body{}");
        write("index.html", "<link rel=stylesheet href='assets/drplan.css'><h2 id=top>T</h2>"
                + "<a href='procedures/restore.html#verify'>r</a><a href='#top'>t</a>"
                + "<a href='https://status.example.com'>s</a><a href='mailto:a@example.com'>m</a>");
        write("procedures/restore.html", "<h2 id=verify>V</h2><a href='../index.html'>i</a>"
                + "<img src='data:image/png;base64,AAAA'>");
        assertEquals(List.of(), verify());
    }

    @Test
    void reportsMissingFilesMissingAnchorsAndLoadsFromTheNetwork() throws IOException {
        write("index.html", "<script src='https://cdn.example.com/x.js'></script>"
                + "<link rel=stylesheet href='assets/gone.css'>"
                + "<a href='restore.html#verfy'>r</a><a href='#nowhere'>n</a><img src='//img.example.com/a.png'>");
        write("restore.html", "<h2 id=verify>V</h2><a href='../outside.html'>o</a>");
        assertEquals(List.of(
                "index.html: error: <a> points to '#nowhere', which is not on the page",
                "index.html: error: <a> points to 'restore.html#verfy', whose page has no such anchor",
                "index.html: error: <img> loads '//img.example.com/a.png' from outside the bundle; "
                        + "it would fail with no network",
                "index.html: error: <link> points to 'assets/gone.css', which is not in the bundle",
                "index.html: error: <script> loads 'https://cdn.example.com/x.js' from outside the bundle; "
                        + "it would fail with no network",
                "restore.html: error: <a> points to '../outside.html', which is not in the bundle"), verify());
    }
}
