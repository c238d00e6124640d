package org.drplan.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drplan.content.SourceFile;
import org.drplan.diagnostics.Diagnostics;

/**
 * Gathers what a bundle holds into a {@link BundleManifest}: the generated files (pages, theme assets, search data)
 * and the content folder's own files. A content file that would take the path of a generated one is an error at
 * that file; the generated one is kept.
 */
public final class BundleAssembler {

    private final Map<String, BundleManifest.File> files = new LinkedHashMap<>();
    private final Set<String> reserved = new HashSet<>();
    private final Set<String> reservedFolders = new HashSet<>();

    /** Adds files drplan generates, by bundle path; later ones replace earlier ones of the same path. */
    public BundleAssembler generated(Map<String, byte[]> generated) {
        generated.forEach((path, bytes) -> files.put(path, BundleManifest.File.of(path, bytes)));
        return this;
    }

    /** Adds one generated file. */
    public BundleAssembler generated(String path, byte[] bytes) {
        files.put(path, BundleManifest.File.of(path, bytes));
        return this;
    }

    /**
     * Adds the page of a section; a page that would take the path of a file added or reserved before it (a theme
     * asset such as {@code assets/store.html}, the search folder) is an error at the section's source, and the
     * bundle keeps its own file.
     */
    public BundleAssembler page(String path, byte[] bytes, Path source, Diagnostics diagnostics) {
        if (files.containsKey(path) || reserved.contains(path) || reservedFolders.stream().anyMatch(path::startsWith)) {
            diagnostics.error(source, 0, 0, "cannot publish this section as '" + path + "': the theme's own file has "
                    + "that path, and the bundle needs it; move or rename the file, or give the section another id");
            return this;
        }
        return generated(path, bytes);
    }

    /** Keeps paths free for files generated after the manifest is assembled (the search index, the PDF). */
    public BundleAssembler reserved(String... paths) {
        reserved.addAll(List.of(paths));
        return this;
    }

    /** Keeps a folder free for files generated after the manifest is assembled. */
    public BundleAssembler reservedFolder(String folder) {
        reservedFolders.add(folder.endsWith("/") ? folder : folder + "/");
        return this;
    }

    /** Adds the content folder's files by their path below it, reporting any that cannot be read or collide. */
    public BundleAssembler content(List<SourceFile> sources, Diagnostics diagnostics) {
        for (SourceFile source : sources) {
            if (files.containsKey(source.relativePath()) || reserved.contains(source.relativePath())
                    || reservedFolders.stream().anyMatch(source.relativePath()::startsWith)) {
                diagnostics.error(source.path(), 0, 0, "cannot publish '" + source.relativePath()
                        + "': the bundle already has that file (a page drplan generates); rename it");
                continue;
            }
            try {
                files.put(source.relativePath(),
                        BundleManifest.File.of(source.relativePath(), Files.readAllBytes(source.path())));
            } catch (IOException e) {
                diagnostics.error(source.path(), 0, 0, "cannot read file: " + org.drplan.diagnostics.IoWords.describe(e));
            }
        }
        return this;
    }

    public BundleManifest manifest() {
        return new BundleManifest(new ArrayList<>(files.values()));
    }
}
