package org.drplan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.drplan.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class YamlFieldsTest {

    private static final Path FILE = Path.of("plan.yml");

    private final Diagnostics diagnostics = new Diagnostics(false);

    private YamlFields fields(String yaml) {
        YamlMap map = new YamlReader().readMapping(yaml, FILE, 1, diagnostics).orElseThrow();
        return new YamlFields(map, FILE, diagnostics);
    }

    private List<String> problems() {
        return diagnostics.problems().stream().map(p -> p.format(null)).toList();
    }

    @Test
    void textIsTakenAsWrittenNotAsYamlTypedIt() {
        YamlFields fields = fields("version: 1.10\nphone: 0301234\ncount: 007\nflag: true\ntitle: '  Plan '\n");
        assertEquals(Optional.of("1.10"), fields.text("version"));
        assertEquals(Optional.of("0301234"), fields.text("phone"));
        assertEquals(Optional.of("007"), fields.text("count"));
        assertEquals(Optional.of("true"), fields.text("flag"));
        assertEquals(Optional.of("Plan"), fields.text("title"));
        assertEquals(List.of(), problems());
    }

    @Test
    void missingEmptyAndBlankValuesCountAsNotGiven() {
        YamlFields fields = fields("a:\nb: \"  \"\nc: ''\nd: null\n");
        for (String key : List.of("a", "b", "c", "d", "absent")) {
            assertEquals(Optional.empty(), fields.text(key), key);
            assertEquals(Optional.empty(), fields.integer(key), key);
            assertEquals(Optional.empty(), fields.date(key), key);
            assertEquals(List.of(), fields.list(key), key);
            assertEquals(Optional.empty(), fields.mapping(key), key);
            assertEquals(List.of(), fields.mappings(key), key);
        }
        assertEquals(List.of(), problems());
    }

    @Test
    void textIsNotAListOrAMapping() {
        YamlFields fields = fields("owner: [a, b]\nname:\n  first: Ana\n");
        assertEquals(Optional.empty(), fields.text("owner"));
        assertEquals(Optional.empty(), fields.text("name"));
        assertEquals(List.of(
                "plan.yml:1:8: error: 'owner' must be text, not a list",
                "plan.yml:3:3: error: 'name' must be text, not a mapping"), problems());
    }

    @Test
    void wholeNumbers() {
        YamlFields fields = fields("a: 20\nb: '7'\nc: first\nd: 2.5\ne: [1]\n");
        assertEquals(Optional.of(20), fields.integer("a"));
        assertEquals(Optional.of(7), fields.integer("b"));
        assertEquals(Optional.empty(), fields.integer("c"));
        assertEquals(Optional.empty(), fields.integer("d"));
        assertEquals(Optional.empty(), fields.integer("e"));
        assertEquals(List.of(
                "plan.yml:3:4: error: 'c' must be a whole number, not 'first'",
                "plan.yml:4:4: error: 'd' must be a whole number, not '2.5'",
                "plan.yml:5:4: error: 'e' must be a whole number, not a list"), problems());
    }

    @Test
    void dates() {
        YamlFields fields = fields("reviewed: 2026-09-14\nchecked: 14/09/2026\n");
        assertEquals(Optional.of(LocalDate.of(2026, 9, 14)), fields.date("reviewed"));
        assertEquals(Optional.empty(), fields.date("checked"));
        assertEquals(List.of(
                "plan.yml:2:10: error: invalid checked '14/09/2026': expected a date as YYYY-MM-DD"), problems());
    }

    @Test
    void valuesInAFormatOfTheirOwnQuoteTheTextAndSayWhatWasExpected() {
        YamlFields fields = fields("paper: ' letter '\nsize: A3\nformat: [A4]\n");
        assertEquals(Optional.of("LETTER"), fields.value("paper", YamlFieldsTest::paper, "A4 or Letter"));
        assertEquals(Optional.empty(), fields.value("size", YamlFieldsTest::paper, "A4 or Letter"));
        assertEquals(Optional.empty(), fields.value("format", YamlFieldsTest::paper, "A4 or Letter"));
        assertEquals(List.of(
                "plan.yml:2:7: error: invalid size 'A3': expected A4 or Letter",
                "plan.yml:3:9: error: 'format' must be A4 or Letter, not a list"), problems());
    }

    private static Optional<String> paper(String text) {
        return text.equalsIgnoreCase("a4") || text.equalsIgnoreCase("letter")
                ? Optional.of(text.toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    @Test
    void listsOfTextWithEachWrongItemReportedWhereItIs() {
        YamlFields fields = fields("""
                tags: [db, 2]
                requires: one
                owners: {a: b}
                steps: [ok, [x], {a: b}]
                """);
        assertEquals(List.of("db", "2"), fields.list("tags"));
        assertEquals(List.of("one"), fields.list("requires"));
        assertEquals(List.of(), fields.list("owners"));
        assertEquals(List.of(), fields.list("steps"));
        assertEquals(List.of(
                "plan.yml:3:9: error: 'owners' must be a list, not a mapping",
                "plan.yml:4:13: error: each item of 'steps' must be text, not a list",
                "plan.yml:4:18: error: each item of 'steps' must be text, not a mapping"), problems());
    }

    @Test
    void mappings() {
        YamlFields fields = fields("validation:\n  window: Sat 02:00\nsecurity: yes\n");
        YamlMap validation = fields.mapping("validation").orElseThrow();
        assertEquals(Optional.of("Sat 02:00"), new YamlFields(validation, FILE, diagnostics).text("window"));
        assertEquals(Optional.empty(), fields.mapping("security"));
        assertEquals(List.of(
                "plan.yml:3:11: error: 'security' must be a mapping of 'key: value' lines, not 'yes'"), problems());
    }

    @Test
    void nestedMappingsInAListReportAtTheirOwnKeysAndValues() {
        YamlFields fields = fields("""
                roles:
                  - id: dba
                    phone: [1, 2]
                  - just text
                  - title: No id
                """);
        List<YamlMap> roles = fields.mappings("roles");
        assertEquals(2, roles.size());
        YamlFields first = new YamlFields(roles.get(0), FILE, diagnostics);
        YamlFields second = new YamlFields(roles.get(1), FILE, diagnostics);
        assertEquals(Optional.of("dba"), first.requiredText("id", "a role needs at least an 'id'"));
        assertEquals(Optional.empty(), first.text("phone"));
        assertEquals(Optional.empty(), second.requiredText("id", "a role needs at least an 'id'"));
        assertEquals(List.of(
                "plan.yml:3:12: error: 'phone' must be text, not a list",
                "plan.yml:4:5: error: each item of 'roles' must be a mapping of 'key: value' lines, not 'just text'",
                "plan.yml:5:5: error: a role needs at least an 'id'"), problems());
    }

    @Test
    void aRequiredKeyOfTheWrongKindIsReportedOnceAtItsValue() {
        YamlFields fields = fields("id: [a]\n");
        assertEquals(Optional.empty(), fields.requiredText("id", "needs an id"));
        assertEquals(List.of("plan.yml:1:5: error: 'id' must be text, not a list"), problems());
    }

    @Test
    void longAndMultiLineTextIsCutInMessages() {
        YamlFields fields = fields("a: " + "x".repeat(70) + "\nb: |\n  first line\n  second line\n");
        fields.integer("a");
        fields.integer("b");
        assertEquals(List.of(
                "plan.yml:1:4: error: 'a' must be a whole number, not '" + "x".repeat(60) + "...'",
                "plan.yml:2:4: error: 'b' must be a whole number, not 'first line...'"), problems());
    }
}
