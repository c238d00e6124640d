package org.drplan.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.drplan.content.Role;
import org.drplan.content.SectionType;
import org.drplan.content.SourceFile;
import org.drplan.markdown.RenderedSection;

/**
 * Every link target of the plan, built once every section has rendered: sections by source path, output path and
 * id, with their titles and real anchor ids; asset files; team roles. It turns a URL or cross-reference written in
 * one section into a relative URL in the bundle, or says precisely why it leads nowhere.
 */
public final class LinkIndex {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    /** Ids every page's layout has, which a page may link to itself ("back to top"). */
    private static final Set<String> LAYOUT_IDS = Set.of("main", "sidebar");

    private final Map<String, RenderedSection> bySourcePath = new LinkedHashMap<>();
    private final Map<String, RenderedSection> byOutputPath = new LinkedHashMap<>();
    private final Map<String, RenderedSection> byId = new LinkedHashMap<>();
    private final Set<String> assets;
    private final Optional<Map<String, Role>> roles;

    /** @param roles the roles of {@code team.yml}; empty when the plan has none, so role ids cannot be checked */
    public LinkIndex(List<RenderedSection> sections, List<SourceFile> assetFiles, Optional<List<Role>> roles) {
        for (RenderedSection section : sections) {
            bySourcePath.put(section.section().source().relativePath(), section);
            byOutputPath.put(section.section().outputPath(), section);
            byId.put(section.id(), section);
        }
        assets = assetFiles.stream().map(SourceFile::relativePath).collect(Collectors.toUnmodifiableSet());
        this.roles = roles.map(list -> list.stream()
                .collect(Collectors.toMap(Role::id, r -> r, (a, b) -> a, LinkedHashMap::new)));
    }

    public Optional<RenderedSection> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<String> ids() {
        return byId.keySet();
    }

    /** Resolves a Markdown or HTML URL ({@code ../restore-db.md#verify}) as written in {@code from}. */
    public ResolvedLink resolve(RenderedSection from, String url) {
        return resolve(from, url, false);
    }

    /** Resolves the URL of an image (or other embedded file): same rules, messages that say "image". */
    public ResolvedLink resolveImage(RenderedSection from, String url) {
        return resolve(from, url, true);
    }

    private ResolvedLink resolve(RenderedSection from, String url, boolean image) {
        String trimmed = url.trim();
        if (trimmed.isEmpty()) {
            return ResolvedLink.page("", from.id());
        }
        if (trimmed.startsWith("#")) {
            return anchored(from, from, decode(trimmed.substring(1)), "");
        }
        if (SCHEME.matcher(trimmed).matches() || trimmed.startsWith("//")) {
            return ResolvedLink.external(trimmed);
        }
        int hash = trimmed.indexOf('#');
        String beforeHash = hash < 0 ? trimmed : trimmed.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(trimmed.substring(hash + 1));
        int question = beforeHash.indexOf('?');
        String pathPart = question < 0 ? beforeHash : beforeHash.substring(0, question);
        String query = question < 0 ? "" : beforeHash.substring(question);
        String decoded = decode(pathPart);
        String base = decoded.startsWith("/") ? "" : from.section().source().folder();
        Optional<String> target = normalise(base, decoded);
        String kind = image ? "image" : "link";
        if (target.isEmpty()) {
            return ResolvedLink.outside(kind + " '" + url + "' points outside the content folder; it is not published");
        }
        String path = target.get();
        RenderedSection section = bySourcePath.getOrDefault(path, byOutputPath.get(path));
        if (section != null) {
            String href = relative(from.section().outputPath(), section.section().outputPath()) + query;
            return anchored(from, section, fragment, href);
        }
        if (assets.contains(path)) {
            String href = relative(from.section().outputPath(), path) + query;
            return ResolvedLink.asset(fragment.isEmpty() ? href : href + "#" + fragment);
        }
        return ResolvedLink.missing((kind.equals("image") ? "image" : "link target") + " '" + url + "' not found");
    }

    /** Resolves a cross-reference ({@code restore-db#verify} or {@code @role-id}) as written in {@code from}. */
    public ResolvedLink resolveXref(RenderedSection from, String reference) {
        if (reference.startsWith("@")) {
            return resolveRole(from, reference.substring(1));
        }
        int hash = reference.indexOf('#');
        String id = (hash < 0 ? reference : reference.substring(0, hash)).trim();
        String fragment = hash < 0 ? "" : reference.substring(hash + 1).trim();
        Optional<RenderedSection> target = id.isEmpty() ? Optional.of(from) : findByIdOrUniqueSuffix(id);
        if (target.isEmpty()) {
            return ResolvedLink.missing("link target '" + id + "' not found" + Suggestions.hintForId(id, byId.keySet()));
        }
        String href = target.get() == from && !fragment.isEmpty() ? ""
                : relative(from.section().outputPath(), target.get().section().outputPath());
        return anchored(from, target.get(), fragment, href);
    }

    /** The text a cross-reference in {@code from} shows when its author gave none: title, heading or role. */
    public String defaultText(RenderedSection from, String reference) {
        if (reference.startsWith("@")) {
            String id = reference.substring(1);
            return roles.flatMap(r -> Optional.ofNullable(r.get(id))).map(Role::label).orElse(reference);
        }
        int hash = reference.indexOf('#');
        String id = hash < 0 ? reference : reference.substring(0, hash);
        Optional<RenderedSection> target = id.isBlank() ? Optional.of(from) : findByIdOrUniqueSuffix(id.trim());
        if (target.isEmpty()) {
            return reference;
        }
        if (hash >= 0) {
            String fragment = reference.substring(hash + 1).trim();
            return target.get().heading(fragment).map(h -> h.text()).orElse(target.get().title());
        }
        return target.get().title();
    }

    private ResolvedLink resolveRole(RenderedSection from, String roleId) {
        Optional<RenderedSection> team = teamSection(byId.values());
        if (roles.isPresent() && !roles.get().containsKey(roleId)) {
            return ResolvedLink.missing("role '@" + roleId + "' not found in team.yml"
                    + Suggestions.closest(roleId, roles.get().keySet()).map(s -> " (did you mean '@" + s + "'?)")
                    .orElse(""));
        }
        if (team.isEmpty()) {
            return ResolvedLink.missing("role '@" + roleId + "' cannot be linked: the plan has no section of type team");
        }
        String href = relative(from.section().outputPath(), team.get().section().outputPath());
        Optional<Role> role = roles.flatMap(r -> Optional.ofNullable(r.get(roleId)));
        return ResolvedLink.page(role.map(r -> href + "#" + r.anchor()).orElse(href), team.get().id());
    }

    /** The section that shows the team's contact cards: the first of type team, in source order. */
    public static Optional<RenderedSection> teamSection(Collection<RenderedSection> sections) {
        return sections.stream().filter(s -> s.section().meta().type() == SectionType.TEAM).findFirst();
    }

    private Optional<RenderedSection> findByIdOrUniqueSuffix(String id) {
        RenderedSection exact = byId.get(id);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<RenderedSection> bySuffix = byId.values().stream().filter(s -> s.id().endsWith("/" + id)).toList();
        return bySuffix.size() == 1 ? Optional.of(bySuffix.get(0)) : Optional.empty();
    }

    private static ResolvedLink anchored(RenderedSection from, RenderedSection target, String fragment, String href) {
        if (fragment.isEmpty()) {
            return ResolvedLink.page(href, target.id());
        }
        if (target.anchors().contains(fragment) || LAYOUT_IDS.contains(fragment) && target == from) {
            return ResolvedLink.page(href + "#" + fragment, target.id());
        }
        return ResolvedLink.missing("anchor '#" + fragment + "' not found in '" + target.id() + "'" + Suggestions.closest(fragment, target.anchors()).map(s -> " (did you mean '#" + s + "'?)")
                .orElse(""));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
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

    /** The relative URL from the page at {@code fromPath} to {@code toPath}, both relative to the bundle root. */
    public static String relative(String fromPath, String toPath) {
        String[] from = fromPath.split("/");
        String[] to = toPath.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < to.length; i++) {
            out.append(encode(to[i]));
            if (i < to.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }

    /** The prefix that leads from the page at {@code pagePath} back to the bundle root ({@code ""} or {@code ../..}). */
    public static String rootPrefix(String pagePath) {
        return "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
    }

    private static String encode(String segment) {
        return segment.replace("%", "%25").replace(" ", "%20").replace("#", "%23").replace("?", "%3F");
    }
}
