package org.drplan.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage 8: writes a bundle beside the output folder, and only once it is complete and verified swaps it in, so that
 * a failed build never leaves a half-written bundle nor touches the previous one.
 */
public final class BundleWriter {

    private final Path outputDirectory;

    public BundleWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /**
     * Writes every file of the manifest into a new folder next to the output folder and returns it. Files and
     * folders get {@code fileTime} as their modification time (the build date), so that a copy of the same build
     * looks the same whenever it was made.
     */
    public Path stage(BundleManifest manifest, Instant fileTime) {
        try {
            Path parent = outputDirectory.getParent();
            Files.createDirectories(parent);
            Path staged = Files.createTempDirectory(parent, "." + outputDirectory.getFileName() + ".new-");
            Set<Path> folders = new TreeSet<>(Comparator.reverseOrder());
            for (BundleManifest.File file : manifest.files()) {
                Path target = staged.resolve(file.path()).normalize();
                if (!target.startsWith(staged)) {
                    throw new IllegalArgumentException("bundle path leaves the bundle: " + file.path());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
                Files.setLastModifiedTime(target, FileTime.from(fileTime));
                for (Path folder = target.getParent(); !folder.equals(staged); folder = folder.getParent()) {
                    folders.add(folder);
                }
            }
            for (Path folder : folders) {
                Files.setLastModifiedTime(folder, FileTime.from(fileTime));
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
