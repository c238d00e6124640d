package org.drplan.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * Stage 8: writes a bundle beside the output folder, and only once it is complete and verified swaps it in, so that
 * a failed build never leaves a half-written bundle nor touches the previous one.
 */
public final class BundleWriter {

    private final Path outputDirectory;

    public BundleWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** Writes everything into a new folder next to the output folder and returns it. */
    public Path stage(BundleContents contents) {
        try {
            Path parent = outputDirectory.getParent();
            Files.createDirectories(parent);
            Path staged = Files.createTempDirectory(parent, "." + outputDirectory.getFileName() + ".new-");
            for (Map.Entry<String, BundleContents.Entry> file : contents.entries().entrySet()) {
                Path target = staged.resolve(file.getKey()).normalize();
                if (!target.startsWith(staged)) {
                    throw new IllegalArgumentException("bundle path leaves the bundle: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                BundleContents.Entry entry = file.getValue();
                if (entry.bytes() != null) {
                    Files.write(target, entry.bytes());
                } else {
                    Files.copy(entry.source(), target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle next to " + outputDirectory + ": " + e, e);
        }
    }

    /** Replaces the output folder by the staged one. */
    public void publish(Path staged) {
        try {
            Path old = null;
            if (Files.exists(outputDirectory)) {
                old = outputDirectory.resolveSibling("." + outputDirectory.getFileName() + ".old-"
                        + staged.getFileName().toString().replaceAll(".*-", ""));
                Files.move(outputDirectory, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staged, outputDirectory, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new bundle into " + outputDirectory + ": " + e, e);
        }
    }

    /** Removes a staged bundle that is not to be published. */
    public void discard(Path staged) {
        try {
            deleteTree(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + staged + ": " + e, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
