package org.drplan.markdown;

import java.nio.file.Path;
import java.util.List;

import org.drplan.content.Section;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.FailureOnFile;

/**
 * Stage 4: each section's Markdown parsed, side by side, and what the parser noticed (a step written oddly, a
 * heading too deep) reported at its line. One section can be parsed again on its own.
 */
public final class MarkdownStage {

    private final MarkdownParser parser = new MarkdownParser();

    public ParsedSection parse(Section section, Diagnostics diagnostics) {
        ParsedSection parsed = FailureOnFile.onFile(section.source().path(), () -> parser.parse(section));
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

    /** Every section parsed, in order. */
    public List<ParsedSection> parseAll(List<Section> sections, Diagnostics diagnostics) {
        return sections.parallelStream().map(section -> parse(section, diagnostics)).toList();
    }
}
