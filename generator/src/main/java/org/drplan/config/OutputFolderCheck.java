package org.drplan.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether the output folder may be replaced by a bundle. The build replaces it whole, so it must be a folder (or not
 * exist yet), must not overlap the content folder once symbolic links are followed, and must hold nothing but an
 * earlier bundle: a mistyped {@code outputDirectory} must never delete a file or somebody's folder.
 */
final class OutputFolderCheck {

    /** Files every drplan bundle has had; a folder with one of them at its root is an earlier bundle. */
    private static final Set<String> BUNDLE_MARKERS = Set.of("SHA256SUMS", "assets/drplan.css");

    private OutputFolderCheck() {
    }

    /** The reason the output folder cannot be used, or empty when it can. */
    static Optional<String> problem(Path output, Path content) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return Optional.of("output directory is a file, not a folder; the build replaces the output folder "
                    + "whole, so it will not touch this file: set outputDirectory to a folder");
        }
        Path realOutput = realPath(output);
        Path realContent = realPath(content);
        if (realOutput.startsWith(realContent) || realContent.startsWith(realOutput)) {
            return Optional.of("output directory must not overlap the content directory " + content
                    + (realOutput.equals(output.toAbsolutePath().normalize()) ? "" : " (it is " + realOutput + ")"));
        }
        if (Files.isDirectory(output) && !isEmpty(output) && BUNDLE_MARKERS.stream()
                .noneMatch(marker -> Files.isRegularFile(output.resolve(marker)))) {
            return Optional.of("output directory holds files that are not a drplan bundle; the build replaces "
                    + "the output folder whole, so it will not delete them: set outputDirectory to a new or "
                    + "empty folder, or empty this one");
        }
        return Optional.empty();
    }

    /** The path with every symbolic link resolved, as far as it exists; the rest appended as written. */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
