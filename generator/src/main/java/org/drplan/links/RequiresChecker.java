package org.drplan.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drplan.content.SectionMeta;
import org.drplan.content.SourcePosition;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Echo;
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
                } else if (!index.isWithheld(id)) {
                    SourcePosition at = meta.itemPosition("requires", i);
                    diagnostics.error(section.section().source().path(), at.line(), at.column(),
                            "requires unknown section " + Echo.quote(id) + Suggestions.hintForId(id, index.ids()));
                }
            }
            requires.put(section.id(), found);
        }
        reportCycles(requires, diagnostics);
        return requires;
    }

    /**
     * Depth-first over {@code requires}, with an explicit stack: a chain of thousands of sections must not overflow
     * the call stack.
     */
    private void reportCycles(Map<String, List<String>> requires, Diagnostics diagnostics) {
        Set<String> done = new HashSet<>();
        Set<Set<String>> reported = new HashSet<>();
        for (String start : requires.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Map<String, Integer> onPath = new HashMap<>();
            java.util.Deque<java.util.Iterator<String>> next = new java.util.ArrayDeque<>();
            path.add(start);
            onPath.put(start, 0);
            next.push(requires.getOrDefault(start, List.of()).iterator());
            while (!next.isEmpty()) {
                if (!next.peek().hasNext()) {
                    next.pop();
                    String finished = path.remove(path.size() - 1);
                    onPath.remove(finished);
                    done.add(finished);
                    continue;
                }
                String id = next.peek().next();
                Integer seen = onPath.get(id);
                if (seen != null) {
                    List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
                    if (reported.add(new HashSet<>(cycle))) {
                        report(cycle, diagnostics);
                    }
                } else if (!done.contains(id)) {
                    onPath.put(id, path.size());
                    path.add(id);
                    next.push(requires.getOrDefault(id, List.of()).iterator());
                }
            }
        }
    }

    /** Reported at the first section of the cycle, where its requirement of the next one is written. */
    private void report(List<String> cycle, Diagnostics diagnostics) {
        ParsedSection first = index.find(cycle.get(0)).orElseThrow();
        String next = cycle.size() > 1 ? cycle.get(1) : cycle.get(0);
        SectionMeta meta = first.section().meta();
        SourcePosition at = meta.itemPosition("requires", meta.requires().indexOf(next));
        diagnostics.error(first.section().source().path(), at.line(), at.column(),
                "requires form a cycle: " + shown(cycle) + " -> " + cycle.get(0));
    }

    /** The cycle's ids in order; a long one shows its first and last four, so the message stays one line. */
    private static String shown(List<String> cycle) {
        if (cycle.size() <= 10) {
            return String.join(" -> ", cycle);
        }
        return String.join(" -> ", cycle.subList(0, 4)) + " -> (" + String.format(java.util.Locale.ROOT, "%,d",
                cycle.size() - 8) + " more) -> " + String.join(" -> ", cycle.subList(cycle.size() - 4, cycle.size()));
    }
}
