package org.drplan.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drplan.content.SectionMeta;
import org.drplan.content.SourcePosition;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Suggestions;
import org.drplan.markdown.ParsedSection;

/**
 * Checks {@code requires:} lists: every id names a section, and no chain of requirements leads back to where it
 * started (nobody could ever begin). Returns each section's resolved requirements for "Before you start".
 */
public final class RequiresChecker {

    private final LinkIndex index;

    public RequiresChecker(LinkIndex index) {
        this.index = index;
    }

    /** Section id to the ids it requires that exist, in the order written. */
    public Map<String, List<String>> check(List<ParsedSection> sections, Diagnostics diagnostics) {
        Map<String, List<String>> requires = new LinkedHashMap<>();
        for (ParsedSection section : sections) {
            SectionMeta meta = section.section().meta();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < meta.requires().size(); i++) {
                String id = meta.requires().get(i);
                if (index.find(id).isPresent()) {
                    found.add(id);
                } else {
                    SourcePosition at = meta.itemPosition("requires", i);
                    diagnostics.error(section.section().source().path(), at.line(), at.column(),
                            "requires unknown section '" + id + "'" + Suggestions.hintForId(id, index.ids()));
                }
            }
            requires.put(section.id(), found);
        }
        reportCycles(requires, diagnostics);
        return requires;
    }

    private void reportCycles(Map<String, List<String>> requires, Diagnostics diagnostics) {
        Set<String> done = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (String start : requires.keySet()) {
            walk(start, new ArrayList<>(), requires, done, reported, diagnostics);
        }
    }

    private void walk(String id, List<String> path, Map<String, List<String>> requires, Set<String> done,
                      Set<Set<String>> reported, Diagnostics diagnostics) {
        int seen = path.indexOf(id);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            if (reported.add(new HashSet<>(cycle))) {
                report(cycle, diagnostics);
            }
            return;
        }
        if (done.contains(id)) {
            return;
        }
        path.add(id);
        for (String next : requires.getOrDefault(id, List.of())) {
            walk(next, path, requires, done, reported, diagnostics);
        }
        path.remove(path.size() - 1);
        done.add(id);
    }

    /** Reported at the first section of the cycle, where its requirement of the next one is written. */
    private void report(List<String> cycle, Diagnostics diagnostics) {
        ParsedSection first = index.find(cycle.get(0)).orElseThrow();
        String next = cycle.size() > 1 ? cycle.get(1) : cycle.get(0);
        SectionMeta meta = first.section().meta();
        SourcePosition at = meta.itemPosition("requires", meta.requires().indexOf(next));
        diagnostics.error(first.section().source().path(), at.line(), at.column(),
                "requires form a cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0));
    }
}
