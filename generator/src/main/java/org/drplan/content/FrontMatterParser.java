package org.drplan.content;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Pattern;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.yaml.YamlMap;
import org.drplan.yaml.YamlReader;

/**
 * Stage 3: splits a Markdown file into YAML front-matter and body, and types the front-matter into a
 * {@link SectionMeta}. The body keeps its line numbers (the front-matter lines are blanked) so that later
 * stages report positions in the file as the author sees it.
 */
public final class FrontMatterParser {

    private static final Pattern YAML_FENCE = Pattern.compile("---[ \\t]*");
    private static final Pattern YAML_END = Pattern.compile("(---|\\.\\.\\.)[ \\t]*");
    private static final Pattern TOML_FENCE = Pattern.compile("\\+\\+\\+[ \\t]*");

    private final YamlReader yaml;
    private final SectionMetaReader metaReader = new SectionMetaReader();

    public FrontMatterParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    public Optional<Section> parse(SourceFile source, Diagnostics diagnostics) {
        return read(source, diagnostics).flatMap(text -> parse(source, text, diagnostics));
    }

    /** The file's text; empty when it cannot be read (reported). */
    Optional<String> read(SourceFile source, Diagnostics diagnostics) {
        try {
            return Optional.of(Files.readString(source.path()));
        } catch (MalformedInputException e) {
            diagnostics.error(source.path(), 0, 0, "cannot read file: it is not UTF-8 text");
        } catch (IOException e) {
            diagnostics.error(source.path(), 0, 0, "cannot read file: " + ContentScanner.describe(e));
        }
        return Optional.empty();
    }

    /** The section of a file that reads {@code text}. */
    Optional<Section> parse(SourceFile source, String text, Diagnostics diagnostics) {
        return split(source, text.startsWith("\uFEFF") ? text.substring(1) : text, diagnostics);
    }

    Optional<Section> split(SourceFile source, String text, Diagnostics diagnostics) {
        String[] lines = text.split("\\R", -1);
        if (TOML_FENCE.matcher(lines[0]).matches()) {
            diagnostics.error(source.path(), 1, 1, "TOML front-matter ('+++') is not supported: "
                    + "write the same keys as YAML between '---' lines");
            return Optional.empty();
        }
        if (!YAML_FENCE.matcher(lines[0]).matches()) {
            return Optional.of(new Section(source, metaReader.read(source, YamlMap.empty(), diagnostics), text));
        }
        int end = closingLine(lines);
        if (end < 0) {
            diagnostics.error(source.path(), 1, 1,
                    "front-matter opened with '---' on line 1 is never closed by a '---' line");
            return Optional.empty();
        }
        StringBuilder frontMatter = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && i < end) {
                frontMatter.append(lines[i]).append('\n');
            }
            if (i > end) {
                body.append(lines[i]);
            }
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        Optional<YamlMap> map = yaml.readMapping(frontMatter.toString(), source.path(), 2, diagnostics);
        return map.map(m -> new Section(source, metaReader.read(source, m, diagnostics), body.toString()));
    }

    private static int closingLine(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (YAML_END.matcher(lines[i]).matches()) {
                return i;
            }
        }
        return -1;
    }
}
