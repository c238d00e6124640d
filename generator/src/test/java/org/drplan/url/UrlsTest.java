package org.drplan.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void relativeUrlsBetweenBundlePaths() {
        assertEquals("b.html", Urls.relative("a.html", "b.html"));
        assertEquals("../b.html", Urls.relative("x/a.html", "b.html"));
        assertEquals("y/b.html", Urls.relative("a.html", "y/b.html"));
        assertEquals("../y/b.html", Urls.relative("x/a.html", "y/b.html"));
        assertEquals("files/run%20book.pdf", Urls.relative("x/a.html", "x/files/run book.pdf"));
        assertEquals("../../", Urls.rootPrefix("a/b/c.html"));
        assertEquals("", Urls.rootPrefix("index.html"));
    }

    @Test
    void decodingKeepsPlusAndStraySigns() {
        assertEquals("run book+x.pdf", Urls.decode("run%20book+x.pdf"));
        assertEquals("é", Urls.decode("%C3%A9"));
        assertEquals("100%", Urls.decode("100%"));
        assertEquals("b%zz.md", Urls.decode("b%zz.md"));
        assertEquals("50%-x", Urls.decode("50%-x"));
    }

    @Test
    void externalMeansASchemeOrAHost() {
        assertTrue(Urls.isExternal("https://x"));
        assertTrue(Urls.isExternal("mailto:a@b"));
        assertTrue(Urls.isExternal("//cdn/x.js"));
        assertFalse(Urls.isExternal("restore.md"));
        assertFalse(Urls.isExternal("a/b:c.md"));
        assertFalse(Urls.isExternal("#x"));
    }
}
