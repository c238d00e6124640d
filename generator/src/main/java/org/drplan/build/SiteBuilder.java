package org.drplan.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.bundle.BundleContents;
import org.drplan.bundle.BundleWriter;
import org.drplan.config.BuildConfig;
import org.drplan.config.ConfigLoader;
import org.drplan.config.PlanSettings;
import org.drplan.content.ContentFiles;
import org.drplan.content.ContentScanner;
import org.drplan.content.FrontMatterParser;
import org.drplan.content.Role;
import org.drplan.content.Section;
import org.drplan.content.SourceFile;
import org.drplan.content.TeamFileReader;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Problem;
import org.drplan.links.CrossLinker;
import org.drplan.links.LinkedSection;
import org.drplan.markdown.MarkdownRenderer;
import org.drplan.markdown.RenderedSection;
import org.drplan.search.SearchDocuments;
import org.drplan.search.SearchEngine;
import org.drplan.search.SearchIndex;
import org.drplan.search.SearchIndexBuilder;
import org.drplan.search.SearchIndexException;
import org.drplan.theme.SitePages;
import org.drplan.theme.ThemeAssets;
import org.drplan.theme.ThemeException;
import org.drplan.theme.ThemeTemplates;
import org.drplan.verify.BundleVerifier;
import org.drplan.yaml.YamlReader;

/**
 * Knows the order of the stages. Gather, then write: nothing touches the output folder until every page has
 * rendered and its links are checked; the bundle is then staged beside it, verified, and swapped in.
 */
public final class SiteBuilder {

    private final BuildConfig config;
    private final SearchEngine searchEngine;
    private final Diagnostics diagnostics;
    private final YamlReader yaml = new YamlReader();

    public SiteBuilder(BuildConfig config, SearchEngine searchEngine) {
        this.config = config;
        this.searchEngine = searchEngine;
        this.diagnostics = new Diagnostics(config.strict());
    }

    public BuildReport build() {
        Optional<PlanSettings> settings = new ConfigLoader(yaml).load(config, diagnostics);
        if (settings.isEmpty()) {
            return report(0);
        }
        ContentFiles files = new ContentScanner().scan(config.contentDirectory(), diagnostics);
        Optional<List<Role>> roles = new TeamFileReader(yaml).read(config.contentDirectory(), diagnostics);
        List<Section> sections = parseFrontMatter(files.markdown());
        List<RenderedSection> rendered = renderMarkdown(sections);
        List<LinkedSection> linked = resolveLinks(rendered, files.assets(), roles);
        Optional<SearchIndex> search = buildSearchIndex(linked, roles);
        Map<String, String> pages = applyTemplates(linked, roles.orElse(List.of()), settings.get());
        if (diagnostics.hasErrors()) {
            return report(0);
        }
        Path staged = writeBundle(pages, search.orElseThrow(), files.assets());
        return verifyAndPublish(staged, pages.size());
    }

    private List<Section> parseFrontMatter(List<SourceFile> markdown) {
        FrontMatterParser parser = new FrontMatterParser(yaml);
        List<Section> sections = new ArrayList<>();
        Map<String, Section> byId = new HashMap<>();
        for (SourceFile file : markdown) {
            parser.parse(file, diagnostics).ifPresent(section -> {
                Section other = byId.putIfAbsent(section.id(), section);
                if (other != null) {
                    diagnostics.error(file.path(), section.meta().position("id").map(p -> p.line()).orElse(1),
                            section.meta().position("id").map(p -> p.column()).orElse(1),
                            "duplicate section id '" + section.id() + "' (also used by "
                                    + other.source().relativePath() + ")");
                } else {
                    sections.add(section);
                }
            });
        }
        return sections;
    }

    private List<RenderedSection> renderMarkdown(List<Section> sections) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        return sections.stream().map(renderer::render).toList();
    }

    private List<LinkedSection> resolveLinks(List<RenderedSection> rendered, List<SourceFile> assets,
                                             Optional<List<Role>> roles) {
        return new CrossLinker(config.linkCheck()).link(rendered, assets, roles, diagnostics);
    }

    private Optional<SearchIndex> buildSearchIndex(List<LinkedSection> linked, Optional<List<Role>> roles) {
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SearchIndexBuilder(searchEngine).build(SearchDocuments.of(linked, roles)));
        } catch (SearchIndexException e) {
            diagnostics.report(Problem.error(null, 0, 0, e.getMessage()));
            return Optional.empty();
        }
    }

    private Map<String, String> applyTemplates(List<LinkedSection> rendered, List<Role> roles,
                                               PlanSettings settings) {
        List<String> warnings = diagnostics.problems().stream()
                .filter(p -> !p.isError()).map(p -> p.format(config.contentDirectory())).toList();
        try {
            SitePages pages = new SitePages(new ThemeTemplates(config.templateDirectory()));
            return pages.render(rendered, roles, settings, warnings);
        } catch (ThemeException e) {
            diagnostics.report(Problem.error(templatePath(e.templateName()), e.line(), e.column(),
                    "template: " + e.getMessage()));
        } catch (java.io.IOException e) {
            diagnostics.report(Problem.error(config.templateDirectory(), 0, 0, "cannot read templates: " + e));
        }
        return Map.of();
    }

    /** The user's file when the failing template is an override, else the built-in theme's name for it. */
    private Path templatePath(String name) {
        Path user = config.templateDirectory() == null ? null : config.templateDirectory().resolve(name);
        return user != null && Files.exists(user) ? user : Path.of("(built-in theme)", name);
    }

    private Path writeBundle(Map<String, String> pages, SearchIndex search, List<SourceFile> assets) {
        BundleContents contents = new BundleContents();
        pages.forEach((path, html) -> contents.add(path, html.getBytes(StandardCharsets.UTF_8)));
        ThemeAssets.load(config.templateDirectory()).forEach(contents::add);
        contents.add(SearchIndex.PATH, search.script().getBytes(StandardCharsets.UTF_8));
        contents.add(SearchIndex.LUNR_PATH, searchEngine.lunrScript());
        for (SourceFile asset : assets) {
            contents.copy(asset.relativePath(), asset.path()).ifPresent(other -> diagnostics.error(asset.path(), 0, 0,
                    "cannot publish '" + asset.relativePath() + "': the bundle already has that file ("
                            + other + "); rename it"));
        }
        return new BundleWriter(config.outputDirectory()).stage(contents);
    }

    private BuildReport verifyAndPublish(Path staged, int pageCount) {
        BundleWriter writer = new BundleWriter(config.outputDirectory());
        new BundleVerifier().verify(staged, diagnostics);
        if (diagnostics.hasErrors()) {
            writer.discard(staged);
            return report(0);
        }
        writer.publish(staged);
        return report(pageCount);
    }

    private BuildReport report(int pageCount) {
        return new BuildReport(diagnostics.problems(), config.outputDirectory(), config.baseDirectory(), pageCount);
    }
}
