package org.drplan.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.content.Role;
import org.drplan.content.Section;
import org.drplan.content.SectionMeta;
import org.drplan.content.SectionType;
import org.drplan.content.SourceFile;
import org.drplan.content.TeamFile;
import org.drplan.markdown.MarkdownParser;
import org.drplan.markdown.ParsedSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a URL or cross-reference leads, independent of how any output writes it. */
class LinkIndexTest {

    private static final MarkdownParser PARSER = new MarkdownParser();

    private static ParsedSection parsed(String relativePath, String id, SectionType type, String title,
                                        String markdown) {
        SectionMeta meta = new SectionMeta(title, id, type, null, null, null, null, null, List.of(), List.of(), null,
                null, Map.of(), Map.of(), false);
        return PARSER.parse(new Section(new SourceFile(Path.of("/c", relativePath), relativePath), meta, markdown));
    }

    private final ParsedSection restore = parsed("procedures/restore-db.md", "procedures/restore-db",
            SectionType.PROCEDURE, "Restore the database", "## Prepare\n## Verify\n<a name=\"raw-anchor\"></a>\n");
    private final ParsedSection scope = parsed("scope.md", "scope", SectionType.SCOPE, "Scope", "## Verify\n");
    private final ParsedSection team = parsed("team/people.md", "contacts", SectionType.TEAM, "Contacts", "");
    private final LinkIndex index = new LinkIndex(List.of(restore, scope, team),
            List.of(new SourceFile(Path.of("/c/images/net.svg"), "images/net.svg")),
            Optional.of(new TeamFile(List.of(new Role("dba-lead", "DBA lead", "Ana Silva", null, null, List.of(), null, null),
                    new Role("incident-commander", "Incident Commander", null, null, null, List.of(), null, null)),
                    null, List.of(), List.of())),
            Optional.of(team));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../scope.md                | SECTION  | scope                 |                |        |",
            "../scope.md#verify         | SECTION  | scope                 |                | verify |",
            "../scope.html              | SECTION  | scope                 |                |        |",
            "restore-db.md              | SECTION  | procedures/restore-db |                |        |",
            "./restore-db.md?x=1        | SECTION  | procedures/restore-db |                |        | ?x=1",
            "/scope.md                  | SECTION  | scope                 |                |        |",
            "../team/people.md          | SECTION  | contacts              |                |        |",
            "../images/net.svg          | ASSET    |                       | images/net.svg |        |",
            "#verify                    | SECTION  | procedures/restore-db |                | verify |",
            "#raw-anchor                | SECTION  | procedures/restore-db |                | raw-anchor |",
            "#main                      | SECTION  | procedures/restore-db |                | main   |",
            "restore%2Ddb.md#ver%69fy   | SECTION  | procedures/restore-db |                | verify |"})
    void resolvesUrlsFromASubFolderPage(String url, LinkTarget.Kind kind, String section, String path, String anchor,
                                        String query) {
        LinkTarget target = index.resolveUrl(restore, url, false);
        assertEquals(new LinkTarget(kind, section, path, anchor == null ? "" : anchor, query == null ? "" : query,
                null, null), target);
    }

    @ParameterizedTest
    @CsvSource({"https://status.example.com", "mailto:ops@example.com", "tel:+15550100", "//cdn.example.com/x.js"})
    void externalUrlsAreLeftAsWritten(String url) {
        LinkTarget target = index.resolveUrl(restore, url, false);
        assertEquals(LinkTarget.Kind.EXTERNAL, target.kind());
        assertEquals(url, target.url());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd | OUTSIDE | link '../../etc/passwd' points outside the content folder; it is not published",
            "/../x.md | OUTSIDE | link '/../x.md' points outside the content folder; it is not published",
            "restor-db.md | MISSING | link target 'restor-db.md' not found",
            "../images/ | MISSING | link target '../images/' not found",
            "100% | MISSING | link target '100%' not found",
            "../scope.md#verfy | MISSING | anchor '#verfy' not found in 'scope' (did you mean '#verify'?)",
            "#nothing-like-it | MISSING | anchor '#nothing-like-it' not found in 'procedures/restore-db'"})
    void saysWhyAUrlLeadsNowhere(String url, LinkTarget.Kind kind, String problem) {
        LinkTarget target = index.resolveUrl(restore, url, false);
        assertEquals(kind, target.kind());
        assertEquals(problem, target.problem());
    }

    @ParameterizedTest
    @CsvSource({
            "scope, scope, '', Scope",
            "scope#verify, scope, verify, Verify",
            "procedures/restore-db#verify, procedures/restore-db, verify, Verify",
            "restore-db, procedures/restore-db, '', Restore the database",
            "#prepare, procedures/restore-db, prepare, Prepare",
            "@dba-lead, contacts, role-dba-lead, 'DBA lead, Ana Silva'",
            "@incident-commander, contacts, role-incident-commander, Incident Commander"})
    void resolvesCrossReferencesAndTheirDefaultText(String reference, String section, String anchor, String text) {
        assertEquals(LinkTarget.section(section, anchor, ""), index.resolveXref(restore, reference));
        assertEquals(text, index.xrefText(restore, reference));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "restor-db | link target 'restor-db' not found (did you mean 'procedures/restore-db'?)",
            "procedures/restor-db | link target 'procedures/restor-db' not found (did you mean 'procedures/restore-db'?)",
            "scope#verfy | anchor '#verfy' not found in 'scope' (did you mean '#verify'?)",
            "@dba-led | role '@dba-led' not found in team.yml (did you mean '@dba-lead'?)"})
    void saysWhyACrossReferenceLeadsNowhere(String reference, String problem) {
        assertEquals(problem, index.resolveXref(restore, reference).problem());
    }

    @Test
    void theTeamSectionHasAnAnchorForEachRolesCard() {
        assertEquals(LinkTarget.section("contacts", "role-dba-lead", ""),
                index.resolveXref(restore, "contacts#role-dba-lead"));
    }

    @Test
    void imagesSayImage() {
        assertEquals("image '../../x.png' points outside the content folder; it is not published",
                index.resolveUrl(restore, "../../x.png", true).problem());
        assertEquals("image '../images/gone.svg' not found",
                index.resolveUrl(restore, "../images/gone.svg", true).problem());
    }
}
