package org.drplan.yaml;

import java.nio.file.Path;
import java.util.Optional;

import org.drplan.diagnostics.Diagnostics;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a YAML mapping with source positions, reporting syntax errors and duplicate keys as located problems.
 * snakeyaml-engine rejects duplicate keys by default; the contract wants a warning naming both lines with the
 * last value winning, so duplicates are allowed in the settings and detected on the node tree, in nested mappings
 * too. Keys that are lists or mappings are let through the parser for the same reason: so the error can name the
 * key's own position instead of the parser's "not configured to be allowed" at the start of the text.
 */
public final class YamlReader {

    private final LoadSettings settings = LoadSettings.builder()
            .setAllowDuplicateKeys(true)
            .setAllowNonScalarKeys(true)
            .setLabel("drplan")
            .build();

    /**
     * @param text        the YAML text
     * @param path        file the text came from, for messages
     * @param firstLine   1-based line of the file on which {@code text} starts
     * @return the mapping, empty text giving an empty map; empty when the text is not a valid mapping
     */
    public Optional<YamlMap> readMapping(String text, Path path, int firstLine, Diagnostics diagnostics) {
        Optional<int[]> tooDeep = YamlDepth.firstBeyond(text, YamlDepth.LIMIT);
        if (tooDeep.isPresent()) {
            diagnostics.error(path, firstLine + tooDeep.get()[0], tooDeep.get()[1] + 1, "YAML nested more than "
                    + YamlDepth.LIMIT + " levels deep; drplan reads plans, not machine-made data");
            return Optional.empty();
        }
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (StackOverflowError e) {
            diagnostics.error(path, firstLine, 1, "YAML nested too deeply to read");
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 1 : mark.getColumn() + 1;
            diagnostics.error(path, line, column, "invalid YAML: " + describe(e, firstLine));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.error(path, firstLine, 1, "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(YamlMap.empty());
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            Node node = root.get();
            diagnostics.error(path, YamlTree.line(node, firstLine), YamlTree.column(node),
                    "expected a mapping of 'key: value' lines");
            return Optional.empty();
        }
        try {
            return new YamlTree(settings, path, firstLine, diagnostics).read(mapping);
        } catch (StackOverflowError e) {
            diagnostics.error(path, firstLine, 1, "YAML nested too deeply to read");
            return Optional.empty();
        }
    }

    /** The parser's words, plus where the construct it was reading began (an unclosed quote or bracket). */
    private static String describe(MarkedYamlEngineException e, int firstLine) {
        String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
        String context = e.getContext();
        if (context == null || context.isBlank()) {
            return problem;
        }
        String started = e.getContextMark()
                .map(m -> " that starts at line " + (firstLine + m.getLine()) + ", column " + (m.getColumn() + 1))
                .orElse("");
        return problem + " (" + context + started + ")";
    }
}
