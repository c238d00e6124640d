package org.drplan.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.drplan.config.SearchIndexerChoice;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * Stage 7 as the build runs it: the plan's search parts, indexed by the chosen {@link SearchIndexer}, written as the
 * bundle's search files; a word too long to be typed (a pasted key or blob) is left out with a warning where it is.
 */
public final class SearchStage {

    private SearchStage() {
    }

    /** The search files by bundle path. */
    public static Map<String, String> build(Plan plan, SearchIndexerChoice choice, Diagnostics diagnostics) {
        List<SearchPart> parts = SearchParts.of(plan);
        SearchIndexWriter.SearchFiles files = new SearchIndexWriter(SearchIndexer.of(choice)).write(parts);
        for (SearchIndexWriter.LeftOut word : files.leftOut()) {
            PlanSection section = plan.sections().get(parts.get(word.part()).section());
            String text = section.parsed().section().markdown();
            int at = text.toLowerCase(Locale.ROOT).indexOf(word.start());
            int line = at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            int column = at < 0 ? 0 : at - text.lastIndexOf('\n', at - 1);
            Path file = section.source().path();
            diagnostics.warning(file, line, column, "a word of " + String.format(Locale.ROOT, "%,d", word.length())
                    + " characters ('" + word.start() + "…') is left out of search: longer than "
                    + String.format(Locale.ROOT, "%,d", SearchIndexWriter.MAX_TERM_CHARS) + " characters, it is no "
                    + "word a reader types (a pasted key or file?)");
        }
        return files.files();
    }
}
