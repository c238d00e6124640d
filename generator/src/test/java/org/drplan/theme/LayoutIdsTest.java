package org.drplan.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drplan.markdown.LayoutIds;
import org.junit.jupiter.api.Test;

/**
 * The ids a section page's frame writes and the ids headings and steps are kept off ({@link LayoutIds}) are one
 * list: a template that gains an id must add it there, or a heading of that name would give the page an id twice.
 */
class LayoutIdsTest {

    /**
     * The templates of pages that show the plan's Markdown (sections, their steps on the checklist, the print
     * document) or share their frame; the wallet card shows none.
     */
    private static final List<String> SECTION_PAGE = List.of("layout.ftlh", "section.ftlh", "checklist.ftlh",
            "index.ftlh", "search.ftlh", "verify.ftlh", "print.ftlh");
    private static final Pattern LITERAL_ID = Pattern.compile("\\sid=\"([^\"$]+)\"");
    private static final Pattern MADE_ID = Pattern.compile("\\sid=\"([^\"$]*)\\$\\{");

    @Test
    void everyIdTheSectionPageFrameWritesIsReservedAndEveryReservedIdIsWritten() throws IOException {
        Set<String> written = new TreeSet<>();
        for (String template : SECTION_PAGE) {
            Matcher literal = LITERAL_ID.matcher(read(template));
            while (literal.find()) {
                written.add(literal.group(1));
            }
        }
        Set<String> notReserved = new TreeSet<>(written);
        notReserved.removeIf(LayoutIds::isReserved);
        assertEquals(Set.of(), notReserved, "ids the section page writes that a heading could take too");
        Set<String> stale = new TreeSet<>(LayoutIds.FIXED);
        stale.removeAll(written);
        assertEquals(Set.of(), stale, "reserved ids no template writes");
    }

    @Test
    void everyIdTheSectionPageMakesFromANameHasAReservedShape() throws IOException {
        for (String template : SECTION_PAGE) {
            Matcher made = MADE_ID.matcher(read(template));
            while (made.find()) {
                String prefix = made.group(1);
                assertTrue(prefix.isEmpty() || LayoutIds.isReserved(prefix + "1"), template + ": id=\"" + prefix
                        + "${…}\" is not a reserved shape");
            }
        }
    }

    private static String read(String template) throws IOException {
        try (InputStream in = LayoutIdsTest.class.getClassLoader()
                .getResourceAsStream(ThemeTemplates.THEME_ROOT + "/" + template)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
