package org.drplan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static final Path FILE = Path.of("plan.yml");

    private final Diagnostics diagnostics = new Diagnostics(false);

    private Optional<YamlMap> read(String yaml) {
        return new YamlReader().readMapping(yaml, FILE, 1, diagnostics);
    }

    private List<String> problems() {
        return diagnostics.problems().stream().map(p -> p.format(null)).toList();
    }

    @Test
    void nestedMappingsKeepThePositionsOfTheirKeysAndValues() {
        YamlMap map = read("""
                team:
                  lead: Ana
                  phones: [1, '2']
                """).orElseThrow();
        YamlEntry team = map.find("team").orElseThrow();
        assertEquals(List.of(1, 1), List.of(team.line(), team.column()));
        YamlMap nested = assertInstanceOf(YamlMap.class, team.value());
        assertEquals(List.of(2, 3), List.of(nested.line(), nested.column()));
        YamlEntry lead = nested.find("lead").orElseThrow();
        assertEquals(List.of(2, 3, 2, 9), List.of(lead.line(), lead.column(), lead.value().line(),
                lead.value().column()));
        YamlList phones = assertInstanceOf(YamlList.class, nested.find("phones").orElseThrow().value());
        assertEquals(List.of(3, 12, 3, 15), List.of(phones.items().get(0).line(), phones.items().get(0).column(),
                phones.items().get(1).line(), phones.items().get(1).column()));
        assertEquals(List.of(), problems());
    }

    @Test
    void plainValuesAreTypedByYaml() {
        YamlMap map = read("a: 3\nb: true\nc: [x, 2.5]\nd: {e: }\n").orElseThrow();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("e", null);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", 3);
        expected.put("b", true);
        expected.put("c", List.of("x", 2.5));
        expected.put("d", d);
        assertEquals(expected, map.plain());
    }

    @Test
    void keyGivenTwiceInANestedMappingWarnsWithBothLinesAndTheLastValueWins() {
        YamlMap map = read("role:\n  name: A\n  name: B\n").orElseThrow();
        YamlMap role = (YamlMap) map.find("role").orElseThrow().value();
        assertEquals("B", ((YamlScalar) role.find("name").orElseThrow().value()).text());
        assertEquals(List.of(
                "plan.yml:3:3: warning: key 'name' given twice (lines 2 and 3); the last value wins"), problems());
    }

    @Test
    void firstLineShiftsEveryPosition() {
        YamlMap map = new YamlReader().readMapping("a:\n  b: c\n", FILE, 2, diagnostics).orElseThrow();
        YamlMap a = (YamlMap) map.find("a").orElseThrow().value();
        assertEquals(List.of(3, 3), List.of(a.line(), a.column()));
    }

    @Test
    void aliasedValueIsReadOnceSharedAndPlacedWhereUsed() {
        YamlMap map = read("a: &x {k: v}\nb: *x\n").orElseThrow();
        YamlMap a = (YamlMap) map.find("a").orElseThrow().value();
        YamlMap b = (YamlMap) map.find("b").orElseThrow().value();
        assertSame(a.find("k").orElseThrow().value(), b.find("k").orElseThrow().value());
        assertEquals(List.of(1, 2), List.of(a.line(), b.line()), "the alias is reported where it is used");
    }

    @Test
    void nestedAliasesDoNotExpand() {
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 8; i++) {
            String[] refs = new String[5];
            Arrays.fill(refs, "*l" + (i - 1));
            yaml.append("l").append(i).append(": &l").append(i).append(" [").append(String.join(", ", refs))
                    .append("]\n");
        }
        YamlMap map = read(yaml.toString()).orElseThrow();
        YamlList top = (YamlList) map.find("l8").orElseThrow().value();
        assertEquals(5, top.items().size());
        assertSame(top.items().get(0), top.items().get(4));
        assertEquals(List.of(), problems());
    }

    @Test
    void recursiveAliasIsAnError() {
        assertEquals(Optional.empty(), read("a: &x [*x]\n"));
        assertEquals(List.of("plan.yml:1:4: error: recursive alias '*x': a value cannot contain itself"),
                problems());
    }

    @Test
    void scalarsTheirTagCannotTypeAreReportedInPlainWords() {
        assertEquals(Optional.empty(), read("a: !!int abc\nb: !foo x\n"));
        assertEquals(List.of(
                "plan.yml:1:4: error: 'abc' is not a valid !!int",
                "plan.yml:2:4: error: unknown tag !foo on 'x'"), problems());
    }

    @Test
    void keyThatIsNotPlainTextIsAnErrorAtTheKey() {
        assertEquals(Optional.empty(), read("outer:\n  ? [a]\n  : b\n"));
        assertEquals(List.of("plan.yml:2:5: error: a key must be text, not a list"), problems());
    }

    @Test
    void topLevelThatIsNotAMappingIsAnError() {
        assertEquals(Optional.empty(), read("- a\n"));
        assertEquals(List.of("plan.yml:1:1: error: expected a mapping of 'key: value' lines"), problems());
    }
}
