package org.drplan.changes;

import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.jsoup.nodes.Entities;

/** A reworded step's text with the words taken out and put in marked, as escaped HTML (java-diff-utils). */
final class Words {

    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .mergeOriginalRevised(true)
            .inlineDiffByWord(true)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private Words() {
    }

    static String diff(String before, String after) {
        List<DiffRow> rows = WORDS.generateDiffRows(List.of(before == null ? "" : before), List.of(after));
        // a word replaced reads as both words, apart: "nightly hourly", not "nightlyhourly"
        return rows.isEmpty() ? escape(after) : rows.get(0).getOldLine().replace("</del><ins>", "</del> <ins>");
    }

    static String escape(String text) {
        return text == null ? "" : Entities.escape(text);
    }
}
