package org.drplan.markdown;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.drplan.content.Section;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.FailureOnFile;

/**
 * Stage 4: each section's Markdown parsed, side by side, and what the parser noticed (a step written oddly, a
 * heading too deep) reported at its line. One section can be parsed again on its own. A stage that
 * {@link #remembering() remembers} keeps each section's tree from one build to the next and parses again only the
 * sections whose file says something else (the preview server's successive builds): a tree is never changed once
 * parsed, so it can be shared.
 */
public final class MarkdownStage {

    private final MarkdownParser parser = new MarkdownParser();
    private final Map<Section, ParsedSection> remembered;

    /** A stage that parses every section it is given. */
    public MarkdownStage() {
        this.remembered = null;
    }

    private MarkdownStage(Map<Section, ParsedSection> remembered) {
        this.remembered = remembered;
    }

    /** A stage for successive builds of one plan: a section read the same as last time is not parsed again. */
    public static MarkdownStage remembering() {
        return new MarkdownStage(new ConcurrentHashMap<>());
    }

    public ParsedSection parse(Section section, Diagnostics diagnostics) {
        ParsedSection parsed = remembered == null ? parseNow(section)
                : remembered.computeIfAbsent(section, this::parseNow);
        Path file = section.source().path();
        for (MarkdownNote note : parsed.notes()) {
            if (note.error()) {
                diagnostics.error(file, note.line(), note.column(), note.message());
            } else {
                diagnostics.warning(file, note.line(), note.column(), note.message());
            }
        }
        return parsed;
    }

    /**
     * A section parsed only to read what it links to: nothing it says is reported, and it is not remembered (the
     * material an edition leaves out, which the full edition reports).
     */
    public ParsedSection parseUnreported(Section section) {
        return parseNow(section);
    }

    private ParsedSection parseNow(Section section) {
        return FailureOnFile.onFile(section.source().path(), () -> parser.parse(section));
    }

    /** Every section parsed, in order; a remembering stage forgets the sections that are gone. */
    public List<ParsedSection> parseAll(List<Section> sections, Diagnostics diagnostics) {
        List<ParsedSection> parsed = sections.parallelStream().map(section -> parse(section, diagnostics)).toList();
        if (remembered != null) {
            remembered.keySet().retainAll(new HashSet<>(sections));
        }
        return parsed;
    }
}
