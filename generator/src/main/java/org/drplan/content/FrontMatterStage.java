package org.drplan.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.FailureOnFile;
import org.drplan.yaml.YamlReader;

/**
 * Stage 3: the plan's sections from their Markdown files' front matter, read side by side; a second file with an id
 * already taken is an error at that id; a team page is generated when {@code team.yml} has no section of type team
 * to show it. One file can be read again on its own ({@link #read(SourceFile, Diagnostics)}).
 */
public final class FrontMatterStage {

    private final FrontMatterParser parser;
    private final Path contentDirectory;

    public FrontMatterStage(YamlReader yaml, Path contentDirectory) {
        this.parser = new FrontMatterParser(yaml);
        this.contentDirectory = contentDirectory;
    }

    /** One file's section; empty when its front matter has errors (reported). */
    public Optional<Section> read(SourceFile file, Diagnostics diagnostics) {
        return FailureOnFile.onFile(file.path(), () -> parser.parse(file, diagnostics));
    }

    /** Every file's section, in the files' order, ids unique, with the generated team page when it is needed. */
    public List<Section> readAll(List<SourceFile> markdown, Optional<TeamFile> team, Diagnostics diagnostics) {
        List<Optional<Section>> read = markdown.parallelStream().map(file -> read(file, diagnostics)).toList();
        Map<String, Section> byId = new HashMap<>();
        List<Section> sections = new ArrayList<>();
        for (Optional<Section> parsed : read) {
            parsed.ifPresent(section -> {
                Section other = byId.putIfAbsent(section.id(), section);
                if (other == null) {
                    sections.add(section);
                } else {
                    reportDuplicate(section, other, diagnostics);
                }
            });
        }
        return withTeamPage(sections, team);
    }

    private static void reportDuplicate(Section section, Section other, Diagnostics diagnostics) {
        var position = section.meta().position("id");
        diagnostics.error(section.source().path(), position.map(p -> p.line()).orElse(1),
                position.map(p -> p.column()).orElse(1), "duplicate section id '" + section.id() + "' (also used by "
                        + other.source().relativePath() + ")");
    }

    private List<Section> withTeamPage(List<Section> sections, Optional<TeamFile> team) {
        if (team.isEmpty() || sections.stream().anyMatch(s -> s.meta().type() == SectionType.TEAM)) {
            return sections;
        }
        List<Section> all = new ArrayList<>(sections);
        all.add(GeneratedTeamSection.of(contentDirectory,
                sections.stream().map(Section::id).collect(Collectors.toSet())));
        return all;
    }
}
