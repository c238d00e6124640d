package org.drplan.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.drplan.content.Section;
import org.drplan.content.SectionMeta;
import org.drplan.content.SectionType;
import org.drplan.content.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkIndexTest {

    private static Section section(String relativePath, String id) {
        SectionMeta meta = new SectionMeta(null, id, SectionType.REFERENCE, null, null, null, null, List.of(),
                List.of(), null, null, Map.of(), Map.of());
        return new Section(new SourceFile(Path.of("/c", relativePath), relativePath), meta, "");
    }

    private final Section restore = section("procedures/restore-db.md", "procedures/restore-db");
    private final Section scope = section("scope.md", "scope");
    private final Section renamed = section("team/people.md", "contacts");
    private final LinkIndex index = new LinkIndex(List.of(restore, scope, renamed),
            List.of(new SourceFile(Path.of("/c/images/net.svg"), "images/net.svg")));

    @ParameterizedTest
    @CsvSource({
            "../scope.md, PAGE, ../scope.html",
            "../scope.md#verify, PAGE, ../scope.html#verify",
            "../scope.html, PAGE, ../scope.html",
            "restore-db.md, PAGE, restore-db.html",
            "./restore-db.md?x=1, PAGE, restore-db.html?x=1",
            "/scope.md, PAGE, ../scope.html",
            "../team/people.md, PAGE, ../contacts.html",
            "../images/net.svg, ASSET, ../images/net.svg",
            "#step-2, SAME_PAGE, #step-2",
            "https://status.example.com, EXTERNAL, https://status.example.com",
            "mailto:ops@example.com, EXTERNAL, mailto:ops@example.com",
            "tel:+15550100, EXTERNAL, tel:+15550100",
            "//cdn.example.com/x.js, EXTERNAL, //cdn.example.com/x.js"})
    void resolvesFromASubFolderPage(String url, ResolvedLink.Kind kind, String href) {
        assertEquals(new ResolvedLink(kind, href), index.resolve(restore, url));
    }

    @ParameterizedTest
    @CsvSource({"../../etc/passwd, OUTSIDE", "/../x.md, OUTSIDE", "restor-db.md, MISSING", "../images/, MISSING"})
    void reportsWhatLeadsNowhere(String url, ResolvedLink.Kind kind) {
        assertEquals(kind, index.resolve(restore, url).kind());
    }

    @Test
    void relativeUrlsBetweenBundlePaths() {
        assertEquals("b.html", LinkIndex.relative("a.html", "b.html"));
        assertEquals("../b.html", LinkIndex.relative("x/a.html", "b.html"));
        assertEquals("y/b.html", LinkIndex.relative("a.html", "y/b.html"));
        assertEquals("../y/b.html", LinkIndex.relative("x/a.html", "y/b.html"));
        assertEquals("files/run%20book.pdf", LinkIndex.relative("x/a.html", "x/files/run book.pdf"));
        assertEquals("../../", LinkIndex.rootPrefix("a/b/c.html"));
    }
}
