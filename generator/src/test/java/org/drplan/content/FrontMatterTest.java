package org.drplan.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private final Diagnostics diagnostics = new Diagnostics(false);

    private Section parse(String relativePath, String text) {
        SourceFile file = new SourceFile(Path.of("/plan").resolve(relativePath), relativePath);
        return new FrontMatterParser(new YamlReader()).split(file, text, diagnostics).orElseThrow();
    }

    @Test
    void typesEveryKnownKeyAndKeepsUnknownOnes() {
        Section section = parse("procedures/restore-db.md", """
                ---
                title: Restore the database
                type: procedure
                order: 20
                owner: dba-lead
                rto: 2h
                rpo: PT15M
                requires: [procedures/declare]
                tags: [db, restore]
                reviewed: 2026-09-14
                layout: wide
                weight: 3
                ---
                Body.
                """);

        SectionMeta meta = section.meta();
        assertEquals("Restore the database", meta.title());
        assertEquals("procedures/restore-db", meta.id());
        assertEquals(SectionType.PROCEDURE, meta.type());
        assertEquals(20, meta.order());
        assertEquals("dba-lead", meta.owner());
        assertEquals(Duration.ofHours(2), meta.rto().value());
        assertEquals("PT15M", meta.rpo().text());
        assertEquals(List.of("procedures/declare"), meta.requires());
        assertEquals(List.of("db", "restore"), meta.tags());
        assertEquals(LocalDate.of(2026, 9, 14), meta.reviewed());
        assertEquals(Map.of("layout", "wide", "weight", 3), meta.extra());
        assertEquals(new SourcePosition(8, 11), meta.position("requires").orElseThrow());
        assertEquals(List.of(), diagnostics.problems());
    }

    @Test
    void bodyKeepsTheLineNumbersOfTheFile() {
        Section section = parse("a.md", "---\ntitle: A\n---\nfirst body line\n");
        assertEquals("\n\n\nfirst body line\n", section.markdown());
    }

    @Test
    void fileWithoutFrontMatterIsAReferenceSectionNamedByItsPath() {
        Section section = parse("Runbooks/Disk Full.md", "# Disk full\n");
        assertNull(section.meta().title());
        assertEquals("runbooks/disk-full", section.id());
        assertEquals(SectionType.REFERENCE, section.meta().type());
        assertEquals("runbooks/disk-full.html", section.outputPath());
    }

    @Test
    void keyGivenTwiceWarnsWithBothLinesAndTheLastValueWins() {
        Section section = parse("a.md", "---\ntitle: First\ntype: scope\ntitle: Second\n---\n");
        assertEquals("Second", section.meta().title());
        assertEquals(List.of("/plan/a.md:4:1: warning: key 'title' given twice (lines 2 and 4); the last value wins"),
                diagnostics.problems().stream().map(p -> p.format(null)).toList());
    }

    @Test
    void keyGivenTwiceIsAnErrorUnderStrict() {
        Diagnostics strict = new Diagnostics(true);
        SourceFile file = new SourceFile(Path.of("/plan/a.md"), "a.md");
        new FrontMatterParser(new YamlReader()).split(file, "---\ntitle: A\ntitle: B\n---\n", strict);
        assertEquals(true, strict.hasErrors());
    }

    @Test
    void unknownTypeFromAnotherGeneratorIsAWarningNotAnError() {
        Section section = parse("a.md", "---\ntype: docs\n---\n");
        assertEquals(SectionType.REFERENCE, section.meta().type());
        assertEquals(List.of("/plan/a.md:2:7: warning: unknown type 'docs', treated as reference (known types: "
                + "scope, data, dependencies, team, procedure, checklist, validation, return, reference)"),
                diagnostics.problems().stream().map(p -> p.format(null)).toList());
    }

    @Test
    void defaultIdThatTheBundleUsesItselfIsRenamedWithAWarning() {
        Section section = parse("index.md", "# Home\n");
        assertEquals("index-page", section.id());
        assertEquals(1, diagnostics.problems().size());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
        SourceFile file = new SourceFile(Path.of("/plan/a.md"), "a.md");
        Section section = new FrontMatterParser(new YamlReader())
                .split(file, "---\r\ntitle: Windows\r\n---\r\nBody\r\n", diagnostics).orElseThrow();
        assertEquals("Windows", section.meta().title());
        assertEquals(List.of(), diagnostics.problems());
    }
}
