package org.drplan.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drplan.content.Role;
import org.drplan.content.Section;
import org.drplan.content.SectionMeta;
import org.drplan.content.SectionType;
import org.drplan.content.SourceFile;
import org.drplan.markdown.Heading;
import org.drplan.markdown.RenderedSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkIndexTest {

    private static RenderedSection rendered(String relativePath, String id, SectionType type, String title,
                                            String... anchors) {
        SectionMeta meta = new SectionMeta(title, id, type, null, null, null, null, List.of(), List.of(), null,
                null, Map.of(), Map.of());
        Section section = new Section(new SourceFile(Path.of("/c", relativePath), relativePath), meta, "");
        List<Heading> headings = java.util.Arrays.stream(anchors)
                .map(a -> new Heading(2, "Heading " + a, a)).toList();
        return new RenderedSection(section, title, null, "", headings, List.of(), List.of(), Set.of(anchors));
    }

    private final RenderedSection restore = rendered("procedures/restore-db.md", "procedures/restore-db",
            SectionType.PROCEDURE, "Restore the database", "prepare", "verify");
    private final RenderedSection scope = rendered("scope.md", "scope", SectionType.SCOPE, "Scope", "verify");
    private final RenderedSection renamed = rendered("team/people.md", "contacts", SectionType.TEAM, "Contacts",
            "role-dba-lead");
    private final LinkIndex index = new LinkIndex(List.of(restore, scope, renamed),
            List.of(new SourceFile(Path.of("/c/images/net.svg"), "images/net.svg")),
            Optional.of(List.of(new Role("dba-lead", "DBA lead", "Ana Silva", null, null, null, null, null),
                    new Role("incident-commander", "Incident Commander", null, null, null, null, null, null))));

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
            "#verify, PAGE, #verify",
            "https://status.example.com, EXTERNAL, https://status.example.com",
            "mailto:ops@example.com, EXTERNAL, mailto:ops@example.com",
            "tel:+15550100, EXTERNAL, tel:+15550100",
            "//cdn.example.com/x.js, EXTERNAL, //cdn.example.com/x.js"})
    void resolvesUrlsFromASubFolderPage(String url, ResolvedLink.Kind kind, String href) {
        ResolvedLink link = index.resolve(restore, url);
        assertEquals(kind, link.kind(), () -> String.valueOf(link.problem()));
        assertEquals(href, link.href());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd | OUTSIDE | link '../../etc/passwd' points outside the content folder; it is not published",
            "/../x.md | OUTSIDE | link '/../x.md' points outside the content folder; it is not published",
            "restor-db.md | MISSING | link target 'restor-db.md' not found",
            "../images/ | MISSING | link target '../images/' not found",
            "../scope.md#verfy | MISSING | anchor '#verfy' not found in 'scope' (did you mean '#verify'?)",
            "#nothing-like-it | MISSING | anchor '#nothing-like-it' not found in 'procedures/restore-db'"})
    void saysWhyAUrlLeadsNowhere(String url, ResolvedLink.Kind kind, String problem) {
        assertEquals(new ResolvedLink(kind, null, null, problem), index.resolve(restore, url));
    }

    @ParameterizedTest
    @CsvSource({
            "scope, ../scope.html, scope, Scope",
            "scope#verify, ../scope.html#verify, scope, Heading verify",
            "procedures/restore-db#verify, #verify, procedures/restore-db, Heading verify",
            "restore-db, restore-db.html, procedures/restore-db, Restore the database",
            "#prepare, #prepare, procedures/restore-db, Heading prepare",
            "@dba-lead, ../contacts.html#role-dba-lead, contacts, 'DBA lead, Ana Silva'",
            "@incident-commander, ../contacts.html#role-incident-commander, contacts, Incident Commander"})
    void resolvesCrossReferencesAndTheirDefaultText(String reference, String href, String target, String text) {
        assertEquals(ResolvedLink.page(href, target), index.resolveXref(restore, reference));
        assertEquals(text, index.defaultText(restore, reference));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "restor-db | link target 'restor-db' not found (did you mean 'procedures/restore-db'?)",
            "procedures/restor-db | link target 'procedures/restor-db' not found (did you mean 'procedures/restore-db'?)",
            "scope#verfy | anchor '#verfy' not found in 'scope' (did you mean '#verify'?)",
            "@dba-led | role '@dba-led' not found in team.yml (did you mean '@dba-lead'?)"})
    void saysWhyACrossReferenceLeadsNowhere(String reference, String problem) {
        assertEquals(ResolvedLink.missing(problem), index.resolveXref(restore, reference));
    }

    @Test
    void imagesSayImage() {
        assertEquals("image '../../x.png' points outside the content folder; it is not published",
                index.resolveImage(restore, "../../x.png").problem());
        assertEquals("image '../images/gone.svg' not found", index.resolveImage(restore, "../images/gone.svg").problem());
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
