package org.drplan.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.drplan.diagnostics.Diagnostics;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.ConstructorException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns one composed snakeyaml node tree into {@link YamlValue}s with positions, reporting keys given twice, keys
 * that are not plain text, scalars their tag cannot type, and values that contain themselves.
 * <p>
 * Only scalars go through snakeyaml's constructor; collections are built here so that every nested mapping keeps
 * the positions of its keys. A node reached twice through aliases becomes one shared value, as the constructor
 * would make it, so a small file of nested aliases cannot expand into millions of values.
 */
final class YamlTree {

    private final StandardConstructor constructor;
    private final Path path;
    private final int firstLine;
    private final Diagnostics diagnostics;
    private final Map<Node, YamlValue> built = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean valid = true;

    YamlTree(LoadSettings settings, Path path, int firstLine, Diagnostics diagnostics) {
        this.constructor = new StandardConstructor(settings);
        this.path = path;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
    }

    /** The mapping, or empty when any part of it was reported as an error. */
    Optional<YamlMap> read(MappingNode root) {
        YamlValue value = value(root);
        return valid ? Optional.of((YamlMap) value) : Optional.empty();
    }

    private YamlValue value(Node node) {
        YamlValue done = built.get(node);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(node)) {
            error(node, "recursive alias" + node.getAnchor().map(a -> " '*" + a.getValue() + "'").orElse("")
                    + ": a value cannot contain itself");
            return new YamlScalar("", null, line(node), column(node));
        }
        YamlValue value;
        if (node instanceof MappingNode mapping) {
            value = mapping(mapping);
        } else if (node instanceof SequenceNode sequence) {
            value = list(sequence);
        } else {
            value = scalar((ScalarNode) node);
        }
        inProgress.remove(node);
        built.put(node, value);
        return value;
    }

    private YamlMap mapping(MappingNode node) {
        Map<String, YamlEntry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                error(keyNode, "a key must be text, not " + (keyNode instanceof SequenceNode ? "a list" : "a mapping"));
                continue;
            }
            Node valueNode = tuple.getValueNode();
            boolean alias = built.containsKey(valueNode);
            YamlValue value = value(valueNode);
            YamlEntry entry = new YamlEntry(scalarKey.getValue(), line(keyNode), column(keyNode),
                    alias ? value.at(line(keyNode), column(keyNode)) : value);
            YamlEntry previous = entries.remove(entry.key());
            if (previous != null) {
                diagnostics.warning(path, entry.line(), entry.column(), "key '" + entry.key() + "' given twice (lines "
                        + previous.line() + " and " + entry.line() + "); the last value wins");
            }
            entries.put(entry.key(), entry);
        }
        return new YamlMap(entries, line(node), column(node));
    }

    private YamlList list(SequenceNode node) {
        List<YamlValue> items = new ArrayList<>();
        for (Node item : node.getValue()) {
            items.add(value(item));
        }
        return new YamlList(items, line(node), column(node));
    }

    private YamlScalar scalar(ScalarNode node) {
        Object plain;
        try {
            plain = constructor.constructSingleDocument(Optional.of(node));
        } catch (ConstructorException e) {
            error(node, "unknown tag " + tagName(node.getTag()) + " on '" + node.getValue() + "'");
            plain = null;
        } catch (YamlEngineException e) {
            // The cause is a Java parse exception whose text means nothing to a plan author.
            error(node, "'" + node.getValue() + "' is not a valid " + tagName(node.getTag()));
            plain = null;
        }
        return new YamlScalar(node.getValue(), plain, line(node), column(node));
    }

    private static String tagName(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    private void error(Node node, String message) {
        diagnostics.error(path, line(node), column(node), message);
        valid = false;
    }

    private int line(Node node) {
        return line(node, firstLine);
    }

    static int line(Node node, int firstLine) {
        return node.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
    }

    static int column(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }
}
