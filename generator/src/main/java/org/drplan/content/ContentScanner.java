package org.drplan.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.drplan.diagnostics.Diagnostics;

/**
 * Stage 2: lists the content folder. Hidden files and folders are skipped, the plan-wide YAML files at the root
 * are not content, and anything that resolves outside the folder (a symbolic link) is an error, never copied.
 */
public final class ContentScanner {

    /** Root files read by other stages, not published. */
    public static final Set<String> PLAN_FILES = Set.of("drplan.yml", "team.yml");

    public ContentFiles scan(Path contentDirectory, Diagnostics diagnostics) {
        List<SourceFile> markdown = new ArrayList<>();
        List<SourceFile> assets = new ArrayList<>();
        List<String> leaving = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = contentDirectory.toRealPath();
        } catch (IOException e) {
            diagnostics.error(contentDirectory, 0, 0, "cannot read content directory: " + describe(e));
            return new ContentFiles(markdown, assets, leaving);
        }
        try (Stream<Path> walk = Files.walk(contentDirectory)) {
            // sorted by the relative path, worked out once per file (a long plan has thousands)
            Map<String, Path> files = new TreeMap<>();
            walk.filter(p -> !p.equals(contentDirectory))
                    .filter(p -> !isHidden(contentDirectory.relativize(p)))
                    .filter(p -> !Files.isDirectory(p))
                    .forEach(p -> files.put(relative(contentDirectory, p), p));
            for (Map.Entry<String, Path> entry : files.entrySet()) {
                String relative = entry.getKey();
                Path file = entry.getValue();
                if (PLAN_FILES.contains(relative)) {
                    continue;
                }
                if (!staysInside(file, realRoot, diagnostics)) {
                    leaving.add(relative);
                    continue;
                }
                SourceFile source = new SourceFile(file, relative);
                (source.isMarkdown() ? markdown : assets).add(source);
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.error(contentDirectory, 0, 0, "cannot list content directory: "
                    + (e instanceof IOException io ? describe(io)
                    : e.getCause() instanceof IOException io ? describe(io) : String.valueOf(e.getMessage())));
        }
        return new ContentFiles(markdown, assets, leaving);
    }

    private static boolean staysInside(Path file, Path realRoot, Diagnostics diagnostics) {
        try {
            if (file.toRealPath().startsWith(realRoot)) {
                return true;
            }
            diagnostics.error(file, 0, 0, "links to a file outside the content folder; it is not published");
        } catch (IOException e) {
            diagnostics.error(file, 0, 0, "cannot read file: " + (Files.isSymbolicLink(file)
                    && e instanceof java.nio.file.NoSuchFileException
                    ? "it is a symbolic link to something that does not exist" : describe(e)));
        }
        return false;
    }

    static String describe(IOException e) {
        return org.drplan.diagnostics.IoWords.describe(e);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
