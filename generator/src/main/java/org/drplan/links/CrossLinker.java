package org.drplan.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.drplan.config.LinkCheck;
import org.drplan.content.Role;
import org.drplan.content.SourceFile;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.markdown.RenderedSection;
import org.drplan.markdown.StepTexts;

/**
 * Stage 5: once every page has rendered, resolves and rewrites all links and cross-references, checks anchors
 * against the headings pages really have, checks {@code requires:}, and works out each page's backlinks. Step texts
 * are read back afterwards, so that the checklist shows cross-references as the page does.
 */
public final class CrossLinker {

    private final LinkCheck mode;

    public CrossLinker(LinkCheck mode) {
        this.mode = mode;
    }

    public List<LinkedSection> link(List<RenderedSection> sections, List<SourceFile> assets,
                                    Optional<List<Role>> roles, Diagnostics diagnostics) {
        LinkIndex index = new LinkIndex(sections, assets, roles);
        LinkChecker checker = new LinkChecker(index, mode);
        Map<String, List<String>> requires = new RequiresChecker(index).check(sections, diagnostics);
        Map<String, TreeSet<String>> backlinks = new TreeMap<>();
        List<RenderedSection> rewritten = new ArrayList<>();
        for (RenderedSection section : sections) {
            LinkChecker.CheckedPage page = checker.check(section, diagnostics);
            rewritten.add(StepTexts.refresh(section.withHtml(page.html())));
            for (String target : page.linkedIds()) {
                backlinks.computeIfAbsent(target, t -> new TreeSet<>()).add(section.id());
            }
        }
        List<LinkedSection> linked = new ArrayList<>();
        for (RenderedSection section : rewritten) {
            linked.add(new LinkedSection(section, requires.getOrDefault(section.id(), List.of()),
                    List.copyOf(backlinks.getOrDefault(section.id(), new TreeSet<>()))));
        }
        return linked;
    }
}
