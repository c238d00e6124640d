package org.drplan.links;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.drplan.markdown.ParsedSection;

/**
 * The anchor ids other tools give a heading, so that links written for them still land. drplan's own ids are
 * flexmark's ({@code elastic_indexer_worker.rb} → {@code elastic-indexer-workerrb}); GitHub and GitLab keep the
 * underscore ({@code elastic_indexer_workerrb}).
 */
final class HeadingIds {

    private HeadingIds() {
    }

    /** GitHub's id: lower case, letters, digits, {@code -} and {@code _} kept, spaces to {@code -}, the rest dropped. */
    static String github(String text) {
        StringBuilder id = new StringBuilder();
        text.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                id.appendCodePoint(c);
            } else if (c == ' ') {
                id.append('-');
            }
        });
        return id.toString();
    }

    /** flexmark's default id, as drplan's headings get it: spaces, {@code -} and {@code _} to {@code -}. */
    static String flexmark(String text) {
        StringBuilder id = new StringBuilder();
        text.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ' || c == '-' || c == '_') {
                id.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                id.appendCodePoint(c);
            }
        });
        return id.toString();
    }

    /** MkDocs' id (Python-Markdown's toc): punctuation dropped, runs of spaces and dashes made one {@code -}. */
    static String mkdocs(String text) {
        StringBuilder kept = new StringBuilder();
        text.trim().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || Character.isWhitespace(c)) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString().trim().replaceAll("[-\\s]+", "-");
    }

    /** The memo key of a section's aliases. */
    static final String ALIASES = "anchor aliases";

    /**
     * The ids other tools would give a section's headings, each with the id drplan gave it; GitHub's, flexmark's and
     * MkDocs' ids of its title (which the page shows as its h1) with an empty id: the page's top. Ids the section
     * has itself are not aliases.
     */
    static Map<String, String> aliases(ParsedSection section) {
        Map<String, String> aliases = new HashMap<>();
        for (String title : new String[] {section.title(), section.pageHeading()}) {
            if (title != null) {
                aliases.putIfAbsent(github(title), "");
                aliases.putIfAbsent(flexmark(title), "");
                aliases.putIfAbsent(mkdocs(title), "");
            }
        }
        section.headings().forEach(h -> {
            aliases.putIfAbsent(github(h.text()), h.id());
            aliases.putIfAbsent(mkdocs(h.text()), h.id());
        });
        section.anchors().forEach(aliases::remove);
        return aliases;
    }
}
