package org.drplan.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.FailureOnFile;
import org.drplan.diagnostics.Problem;
import org.drplan.yaml.YamlReader;

/**
 * Stage 3: the plan's sections from their Markdown files' front matter, read side by side; a second file with an id
 * already taken is an error at that id; a team page is generated when {@code team.yml} has no section of type team
 * to show it. One file can be read again on its own ({@link #read(SourceFile, Diagnostics)}).
 */
public final class FrontMatterStage {

    private final FrontMatterParser parser;
    private final Path contentDirectory;
    private final Map<SourceFile, Remembered> remembered;

    public FrontMatterStage(YamlReader yaml, Path contentDirectory) {
        this(yaml, contentDirectory, null);
    }

    private FrontMatterStage(YamlReader yaml, Path contentDirectory, Map<SourceFile, Remembered> remembered) {
        this.parser = new FrontMatterParser(yaml);
        this.contentDirectory = contentDirectory;
        this.remembered = remembered;
    }

    /**
     * A stage for successive builds of one plan (the preview server's): a file that reads the same as last time is
     * not parsed again, and what its parse reported is reported again.
     */
    public static FrontMatterStage remembering(YamlReader yaml, Path contentDirectory) {
        return new FrontMatterStage(yaml, contentDirectory, new ConcurrentHashMap<>());
    }

    /** One file's section; empty when its front matter has errors (reported). */
    public Optional<Section> read(SourceFile file, Diagnostics diagnostics) {
        return FailureOnFile.onFile(file.path(), () -> remembered == null ? parser.parse(file, diagnostics)
                : parser.read(file, diagnostics).flatMap(text -> recall(file, text, diagnostics)));
    }

    private Optional<Section> recall(SourceFile file, String text, Diagnostics diagnostics) {
        Remembered last = remembered.get(file);
        if (last == null || !last.text().equals(text)) {
            Diagnostics own = new Diagnostics(false);
            last = new Remembered(text, parser.parse(file, text, own), own.problems());
            remembered.put(file, last);
        }
        last.problems().forEach(diagnostics::report);
        return last.section();
    }

    /** A file's text, the section read from it and what reading it reported. */
    private record Remembered(String text, Optional<Section> section, List<Problem> problems) {
    }

    /** Every file's section, in the files' order, ids unique, with the generated team page when it is needed. */
    public List<Section> readAll(List<SourceFile> markdown, Optional<TeamFile> team, Diagnostics diagnostics) {
        List<Optional<Section>> read = markdown.parallelStream().map(file -> read(file, diagnostics)).toList();
        if (remembered != null) {
            remembered.keySet().retainAll(new HashSet<>(markdown));
        }
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
