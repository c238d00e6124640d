package org.drplan.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.drplan.content.Section;
import org.drplan.content.SourceFile;

/**
 * Every link target of the plan (sections by source path, output path and id; asset files by path), built before
 * rendering, and the rules that turn a URL written in one section into a relative URL in the bundle.
 */
public final class LinkIndex {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Map<String, Section> bySourcePath = new HashMap<>();
    private final Map<String, Section> byOutputPath = new HashMap<>();
    private final Map<String, Section> byId = new HashMap<>();
    private final Set<String> assets;

    public LinkIndex(List<Section> sections, List<SourceFile> assetFiles) {
        for (Section section : sections) {
            bySourcePath.put(section.source().relativePath(), section);
            byOutputPath.put(section.outputPath(), section);
            byId.put(section.id(), section);
        }
        assets = assetFiles.stream().map(SourceFile::relativePath).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Section> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Resolves {@code url} as written in {@code from}. */
    public ResolvedLink resolve(Section from, String url) {
        String trimmed = url.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return new ResolvedLink(ResolvedLink.Kind.SAME_PAGE, trimmed);
        }
        if (SCHEME.matcher(trimmed).matches() || trimmed.startsWith("//")) {
            return new ResolvedLink(ResolvedLink.Kind.EXTERNAL, trimmed);
        }
        int cut = indexOfAny(trimmed, '#', '?');
        String pathPart = cut < 0 ? trimmed : trimmed.substring(0, cut);
        String suffix = cut < 0 ? "" : trimmed.substring(cut);
        String decoded = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        String base = decoded.startsWith("/") ? "" : from.source().folder();
        Optional<String> target = normalise(base, decoded);
        if (target.isEmpty()) {
            return new ResolvedLink(ResolvedLink.Kind.OUTSIDE, null);
        }
        String path = target.get();
        Section section = bySourcePath.getOrDefault(path, byOutputPath.get(path));
        if (section != null) {
            return new ResolvedLink(ResolvedLink.Kind.PAGE, relative(from.outputPath(), section.outputPath()) + suffix);
        }
        if (assets.contains(path)) {
            return new ResolvedLink(ResolvedLink.Kind.ASSET, relative(from.outputPath(), path) + suffix);
        }
        return new ResolvedLink(ResolvedLink.Kind.MISSING, null);
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

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
