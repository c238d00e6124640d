package org.drplan.links;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.drplan.content.Role;
import org.drplan.content.Section;
import org.drplan.content.SourceFile;
import org.drplan.content.TeamFile;
import org.drplan.diagnostics.Echo;
import org.drplan.diagnostics.Suggestions;
import org.drplan.markdown.LinkSite;
import org.drplan.markdown.ParsedSection;
import org.drplan.url.Urls;

/**
 * Every link target of the plan, built from the parsed trees: sections by source path, output path and id, with
 * their titles and anchors; asset files; team roles and the section that shows them. It turns a URL or
 * cross-reference written in one section into a {@link LinkTarget}, or says precisely why it leads nowhere.
 */
public final class LinkIndex {

    /** Ids every page's layout has, which a page may link to itself ("back to top"). */
    private static final Set<String> LAYOUT_IDS = Set.of("main", "sidebar");

    private final Map<String, ParsedSection> bySourcePath = new LinkedHashMap<>();
    private final Map<String, ParsedSection> byOutputPath = new LinkedHashMap<>();
    private final Map<String, ParsedSection> byId = new LinkedHashMap<>();
    /** Sections by each shorter form of their id ({@code restore-db} for {@code procedures/restore-db}). */
    private final Map<String, List<ParsedSection>> bySuffix = new HashMap<>();
    private final Map<String, Set<String>> anchors = new LinkedHashMap<>();
    /** Per section, ids other tools would give its headings, and its title's, each with the id it stands for. */
    private final Map<String, Map<String, String>> anchorAliases = new HashMap<>();
    /** Source paths in lower case, {@code .md} also as {@code .html}, for links written with another case. */
    private final Map<String, List<ParsedSection>> byLowerCasePath = new HashMap<>();
    private final Set<String> assets;
    private final Set<String> leaving;
    /** The sections this bundle's audience does not get, by id, and by source path and page path. */
    private final WithheldSections withheld;
    private final Optional<Map<String, Role>> roles;
    private final Optional<ParsedSection> teamSection;

    /**
     * @param team        what {@code team.yml} says; empty when the plan has none, so role ids cannot be checked
     * @param teamSection the section that shows the roles' contact cards, if the plan has one
     */
    public LinkIndex(List<ParsedSection> sections, List<SourceFile> assetFiles, Optional<TeamFile> team,
                     Optional<ParsedSection> teamSection) {
        this(sections, List.of(), assetFiles, List.of(), team, teamSection);
    }

    /**
     * @param withheld sections of the plan left out of this bundle for its audience: a link to one is shown as text
     * @param leaving  relative paths of symbolic links in the content folder that lead outside it
     */
    public LinkIndex(List<ParsedSection> sections, List<Section> withheld, List<SourceFile> assetFiles,
                     List<String> leaving, Optional<TeamFile> team, Optional<ParsedSection> teamSection) {
        this.leaving = Set.copyOf(leaving);
        this.withheld = new WithheldSections(withheld);
        for (ParsedSection section : sections) {
            bySourcePath.put(section.section().source().relativePath(), section);
            byOutputPath.put(section.section().outputPath(), section);
            byId.put(section.id(), section);
            anchors.put(section.id(), new HashSet<>(section.anchors()));
            anchorAliases.put(section.id(), section.memo().get(HeadingIds.ALIASES, () -> HeadingIds.aliases(section)));
            String lower = section.section().source().relativePath().toLowerCase(java.util.Locale.ROOT);
            byLowerCasePath.computeIfAbsent(lower, p -> new ArrayList<>()).add(section);
            if (section.section().source().isMarkdown()) {
                byLowerCasePath.computeIfAbsent(SourceFile.withoutMarkdownExtension(lower) + ".html",
                        p -> new ArrayList<>()).add(section);
            }
            for (int slash = section.id().indexOf('/'); slash >= 0; slash = section.id().indexOf('/', slash + 1)) {
                bySuffix.computeIfAbsent(section.id().substring(slash + 1), s -> new ArrayList<>()).add(section);
            }
        }
        assets = assetFiles.stream().map(SourceFile::relativePath).collect(Collectors.toUnmodifiableSet());
        this.roles = team.map(file -> file.roles().stream()
                .collect(Collectors.toMap(Role::id, r -> r, (a, b) -> a, LinkedHashMap::new)));
        this.teamSection = teamSection;
        teamSection.ifPresent(page -> team.ifPresent(file -> anchors.get(page.id()).addAll(file.pageAnchors())));
    }

    public Optional<ParsedSection> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<String> ids() {
        return byId.keySet();
    }

    /** Whether {@code id} names a section left out of this bundle for its audience. */
    public boolean isWithheld(String id) {
        return withheld.has(id);
    }

    /** Where a link site of {@code from} leads. */
    public LinkTarget resolve(ParsedSection from, LinkSite site) {
        return site.kind() == LinkSite.Kind.XREF ? resolveXref(from, site.url())
                : resolveUrl(from, site.url(), site.isEmbedded());
    }

    /** Resolves a Markdown or HTML URL ({@code ../restore-db.md#verify}) as written in {@code from}. */
    LinkTarget resolveUrl(ParsedSection from, String url, boolean embedded) {
        return resolveUrl(from, from.section().source().folder(), url, embedded);
    }

    /**
     * Resolves a URL written in a plan-wide file at the content root ({@code team.yml}), by the same rules as a link in
     * a section there; a bare {@code #anchor} has no page to point into and leads nowhere.
     */
    public LinkTarget resolveFromContentRoot(String url) {
        if (url.trim().startsWith("#")) {
            return LinkTarget.missing("link '" + abbreviate(url) + "' points into no page: write the whole address");
        }
        return resolveUrl(null, "", url, false);
    }

    private LinkTarget resolveUrl(ParsedSection from, String folder, String url, boolean embedded) {
        String trimmed = JekyllLinks.unwrap(url.trim());
        if (trimmed.regionMatches(true, 0, "file:", 0, 5)) {
            return LinkTarget.missing((embedded ? "image" : "link") + " '" + abbreviate(url) + "' points at a file "
                    + "on the author's computer, which is not in the bundle; copy it into the content folder and "
                    + "link it relatively");
        }
        if (Urls.isScripting(trimmed)) {
            return LinkTarget.missing((embedded ? "image" : "link") + " '" + abbreviate(url)
                    + "' would run a script; drplan does not publish scripting URLs");
        }
        if (trimmed.isEmpty() || Urls.isExternal(trimmed)) {
            return LinkTarget.external(trimmed);
        }
        if (trimmed.startsWith("#")) {
            return anchored(from, from, Urls.decode(trimmed.substring(1)), "");
        }
        int hash = trimmed.indexOf('#');
        String beforeHash = hash < 0 ? trimmed : trimmed.substring(0, hash);
        String fragment = hash < 0 ? "" : Urls.decode(trimmed.substring(hash + 1));
        int question = beforeHash.indexOf('?');
        String pathPart = question < 0 ? beforeHash : beforeHash.substring(0, question);
        String query = question < 0 ? "" : beforeHash.substring(question);
        String decoded = Urls.decode(pathPart);
        String base = decoded.startsWith("/") ? "" : folder;
        Optional<String> target = normalise(base, decoded);
        String kind = embedded ? "image" : "link";
        if (target.isEmpty()) {
            return LinkTarget.outside(kind + " '" + url + "' points outside the content folder; it is not published");
        }
        String path = target.get();
        ParsedSection section = bySourcePath.getOrDefault(path, byOutputPath.get(path));
        if (section == null) {
            section = folderPage(path).or(() -> otherCase(path)).orElse(null);
        }
        if (section != null) {
            return anchored(from, section, fragment, query);
        }
        Optional<Section> left = withheld.byPath(path);
        if (left.isPresent()) {
            return WithheldSections.target(left.get());
        }
        if (assets.contains(path)) {
            return LinkTarget.asset(path, fragment, query);
        }
        if (leaving.contains(path)) {
            return LinkTarget.outside(kind + " '" + url + "' is a symbolic link that leads outside the content "
                    + "folder; it is not published");
        }
        return LinkTarget.missing((embedded ? "image" : "link target") + " '" + url + "' not found");
    }

    /** Resolves a cross-reference ({@code restore-db#verify} or {@code @role-id}) as written in {@code from}. */
    LinkTarget resolveXref(ParsedSection from, String reference) {
        if (reference.isBlank() || reference.trim().equals("#") || reference.trim().equals("@")) {
            return LinkTarget.missing("empty cross-reference: write [[section-id]], [[section-id#anchor]] or "
                    + "[[@role]]");
        }
        if (reference.startsWith("@")) {
            return resolveRole(reference.substring(1));
        }
        int hash = reference.indexOf('#');
        String id = (hash < 0 ? reference : reference.substring(0, hash)).trim();
        String fragment = hash < 0 ? "" : reference.substring(hash + 1).trim();
        Optional<ParsedSection> target = id.isEmpty() ? Optional.of(from) : findByIdOrUniqueSuffix(id);
        if (target.isEmpty() && withheld.byId(id).isPresent()) {
            return WithheldSections.target(withheld.byId(id).get());
        }
        if (target.isEmpty()) {
            return LinkTarget.missing("link target " + Echo.quote(id) + " not found" + Suggestions.hintForId(id, byId.keySet()));
        }
        return anchored(from, target.get(), fragment, "");
    }

    /** The text a cross-reference in {@code from} shows when its author gave none: title, heading or role. */
    public String xrefText(ParsedSection from, String reference) {
        if (reference.startsWith("@")) {
            String id = reference.substring(1);
            return roles.flatMap(r -> Optional.ofNullable(r.get(id))).map(Role::label).orElse(reference);
        }
        int hash = reference.indexOf('#');
        String id = hash < 0 ? reference : reference.substring(0, hash);
        Optional<ParsedSection> target = id.isBlank() ? Optional.of(from) : findByIdOrUniqueSuffix(id.trim());
        if (target.isEmpty()) {
            return withheld.byId(id.trim()).map(WithheldSections::title).orElse(reference);
        }
        if (hash >= 0) {
            String fragment = reference.substring(hash + 1).trim();
            return target.get().heading(fragment).map(h -> h.text()).orElse(target.get().title());
        }
        return target.get().title();
    }

    private LinkTarget resolveRole(String roleId) {
        if (roles.isPresent() && !roles.get().containsKey(roleId)) {
            return LinkTarget.missing("role '@" + roleId + "' not found in team.yml"
                    + Suggestions.closest(roleId, roles.get().keySet()).map(s -> " (did you mean '@" + s + "'?)")
                    .orElse(""));
        }
        if (teamSection.isEmpty()) {
            return LinkTarget.missing("role '@" + roleId + "' cannot be linked: the plan has no section of type team");
        }
        Optional<Role> role = roles.flatMap(r -> Optional.ofNullable(r.get(roleId)));
        return LinkTarget.section(teamSection.get().id(), role.map(Role::anchor).orElse(""), "");
    }

    private Optional<ParsedSection> findByIdOrUniqueSuffix(String id) {
        ParsedSection exact = byId.get(id);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<ParsedSection> candidates = bySuffix.getOrDefault(id, List.of());
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private LinkTarget anchored(ParsedSection from, ParsedSection target, String fragment, String query) {
        Set<String> targetAnchors = anchors.get(target.id());
        if (fragment.isEmpty() || targetAnchors.contains(fragment) || LAYOUT_IDS.contains(fragment) && target == from) {
            return LinkTarget.section(target.id(), fragment, query);
        }
        String alias = anchorAliases.get(target.id()).get(fragment);
        if (alias != null) {
            return LinkTarget.section(target.id(), alias, query);
        }
        return LinkTarget.missing("anchor '#" + fragment + "' not found in '" + target.id() + "'"
                + Suggestions.closest(fragment, targetAnchors).map(s -> " (did you mean '#" + s + "'?)").orElse(""));
    }

    private static String abbreviate(String url) {
        return url.length() <= 80 ? url : url.substring(0, 79) + "…";
    }

    /** A link to a folder ({@code ../frontend/}) lands on its README or index page, as GitHub and GitLab show it. */
    private Optional<ParsedSection> folderPage(String folder) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        for (String name : List.of("README.md", "readme.md", "Readme.md", "index.md", "_index.md")) {
            ParsedSection page = bySourcePath.get(prefix + name);
            if (page != null) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    /** A link written with another case, or to the {@code .html} of a source file; only when one page matches. */
    private Optional<ParsedSection> otherCase(String path) {
        List<ParsedSection> matches = byLowerCasePath.getOrDefault(path.toLowerCase(java.util.Locale.ROOT), List.of());
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Joins and normalises {@code folder/path}; empty when {@code ..} climbs out of the content folder. */
    static Optional<String> normalise(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        String joined = folder.isEmpty() ? path : folder + "/" + path;
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
