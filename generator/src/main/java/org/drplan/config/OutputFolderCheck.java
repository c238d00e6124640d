package org.drplan.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.drplan.integrity.EarlierBundle;

/**
 * Whether the output folder may be replaced by a bundle. The build replaces it whole, so it must be a folder (or not
 * exist yet), must not overlap the content folder once symbolic links are followed, and must hold nothing but an
 * earlier bundle drplan wrote: a mistyped {@code outputDirectory} must never delete a file or somebody's folder.
 */
final class OutputFolderCheck {

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
        return EarlierBundle.whyNotReplaceable(output);
    }

    /** The reason the runbook zip cannot be written where asked, or empty when it can. */
    static Optional<String> zipProblem(RunbookZipTarget zip, Path output, Path content) {
        Path realZip = realPath(zip.file());
        if (realZip.startsWith(realPath(output)) || realZip.startsWith(realPath(content))) {
            return Optional.of("runbook zip must be outside the output and content directories: the output folder "
                    + "is replaced whole by each build");
        }
        if (Files.isDirectory(zip.file())) {
            return Optional.of("runbook zip is the name of a folder; the build writes a file there and will not "
                    + "replace a folder");
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

}
