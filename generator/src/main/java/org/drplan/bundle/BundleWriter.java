package org.drplan.bundle;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.drplan.diagnostics.Diagnostics;

/**
 * Stage 8: writes a bundle beside the output folder, and only once it is complete and verified swaps it in, so that
 * a failed build never leaves a half-written bundle nor touches the previous one. Every failure of the file system
 * (a full disk, a name too long, a folder that cannot be written or moved) is reported as a plain error on the output
 * folder, the staging folders are removed, and the output folder is left either wholly old or wholly new.
 */
public final class BundleWriter {

    /** Moves one folder to another place in one step; a test swaps in a failing one. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path outputDirectory;
    private final Mover mover;

    public BundleWriter(Path outputDirectory) {
        this(outputDirectory, (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE));
    }

    BundleWriter(Path outputDirectory, Mover mover) {
        this.outputDirectory = outputDirectory;
        this.mover = mover;
    }

    /**
     * Writes every file of the manifest into a new folder next to the output folder and returns it, or empty when
     * the file system refused (reported, nothing left behind). Files and folders get {@code fileTime} as their
     * modification time (the build date), so that a copy of the same build looks the same whenever it was made.
     */
    public Optional<Path> stage(BundleManifest manifest, Instant fileTime, Diagnostics diagnostics) {
        Path staged = null;
        try {
            Files.createDirectories(outputDirectory.getParent());
            staged = newSibling("new");
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
            return Optional.of(staged);
        } catch (IOException | RuntimeException e) {
            if (staged != null) {
                discard(staged);
            }
            diagnostics.error(outputDirectory, 0, 0, "cannot write the new bundle: " + FileFault.describe(e)
                    + "; the previous bundle is unchanged: " + FileFault.advice(e));
            return Optional.empty();
        }
    }

    /**
     * Replaces the output folder by the staged one; false when it could not (reported; the previous bundle is then
     * as it was and the staged one removed).
     */
    public boolean publish(Path staged, Diagnostics diagnostics) {
        Path old = null;
        try {
            if (Files.exists(outputDirectory)) {
                old = newSiblingName("old");
                mover.move(outputDirectory, old);
            }
        } catch (IOException | RuntimeException e) {
            discard(staged);
            diagnostics.error(outputDirectory, 0, 0, "cannot replace the previous bundle: " + FileFault.describe(e)
                    + "; it is unchanged: " + FileFault.advice(e));
            return false;
        }
        try {
            mover.move(staged, outputDirectory);
        } catch (IOException | RuntimeException e) {
            String restored = "is unchanged";
            if (old != null) {
                try {
                    mover.move(old, outputDirectory);
                } catch (IOException | RuntimeException again) {
                    restored = "is kept at " + old + " (move it back by hand)";
                }
            }
            discard(staged);
            diagnostics.error(outputDirectory, 0, 0, "cannot move the new bundle into place: " + FileFault.describe(e)
                    + "; the previous bundle " + restored + ": " + FileFault.advice(e));
            return false;
        }
        if (old != null && !discard(old)) {
            diagnostics.warning(outputDirectory, 0, 0, "the new bundle is in place, but the previous one could not be "
                    + "removed from " + old + ": delete that folder by hand");
        }
        return true;
    }

    /** Removes a staged bundle that is not to be published; false when some of it could not be removed. */
    public boolean discard(Path staged) {
        try {
            deleteTree(staged);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A new hidden folder beside the output folder, made the way {@code mkdir} makes one (so the published bundle
     * gets the permissions a folder normally gets there, not a temporary folder's owner-only ones).
     */
    private Path newSibling(String kind) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(newSiblingName(kind));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    private Path newSiblingName(String kind) {
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        return outputDirectory.resolveSibling("." + outputDirectory.getFileName() + "." + kind + "-"
                + HexFormat.of().formatHex(suffix));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
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
