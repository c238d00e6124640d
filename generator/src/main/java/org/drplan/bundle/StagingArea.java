package org.drplan.bundle;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drplan.integrity.EarlierBundle;

/**
 * The hidden names beside the output folder (and beside the runbook zip) that a build stages its bundle in:
 * {@code .drplan.new-<hex>} for the new bundle, {@code .drplan.old-<hex>} for the previous one while it is swapped
 * out, {@code .<zip>.new-<hex>} for the new zip. A lock file beside the output folder makes them one build's at a
 * time, so that whatever matches these names while the lock is held was left by a build that was killed, and is
 * removed. Only names of this exact shape for this output folder are ever touched.
 */
final class StagingArea {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUFFIX = "-[0-9a-f]{12}";

    private final Path output;
    private final Optional<Path> zip;

    StagingArea(Path output, Optional<Path> zip) {
        this.output = output;
        this.zip = zip;
    }

    /** The lock of this output folder, or empty when another build holds it. */
    Optional<StagingLock> lock() throws IOException {
        Files.createDirectories(output.getParent());
        Path file = output.resolveSibling("." + output.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new StagingLock(channel, file));
            }
        } catch (OverlappingFileLockException e) {
            // Another build in this JVM holds it.
        }
        channel.close();
        return Optional.empty();
    }

    /** A new empty staging folder, made the way {@code mkdir} makes one (the permissions a folder gets there). */
    Path newFolder() throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(name(output, "new"));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    Path oldFolderName() {
        return name(output, "old");
    }

    Optional<Path> newZipName() {
        return zip.map(file -> name(file, "new"));
    }

    /**
     * Removes what killed builds left (call it holding the lock), and returns what it did, one line each. A previous
     * bundle that a killed build had moved aside but not replaced is moved back instead of removed.
     */
    List<String> removeLeftovers() throws IOException {
        List<String> done = new ArrayList<>();
        for (Path old : matching(output, "old")) {
            if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(old, output);
                done.add("moved " + old.getFileName() + " back to " + output.getFileName()
                        + ": an interrupted build had moved the previous bundle aside");
            } else if (EarlierBundle.foreignFile(old).isEmpty()) {
                remove(old, done);
            }
        }
        for (Path staged : matching(output, "new")) {
            remove(staged, done);
        }
        if (zip.isPresent()) {
            for (Path staged : matching(zip.get(), "new")) {
                remove(staged, done);
            }
        }
        return done;
    }

    private static void remove(Path leftover, List<String> done) throws IOException {
        FileTrees.delete(leftover);
        done.add("removed " + leftover.getFileName() + ", left by an interrupted build");
    }

    /** Entries beside {@code target} named like one of its staging names of {@code kind}, in name order. */
    private static List<Path> matching(Path target, String kind) throws IOException {
        Pattern shape = Pattern.compile(Pattern.quote("." + target.getFileName() + "." + kind) + SUFFIX);
        if (!Files.isDirectory(target.getParent())) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            return siblings.filter(p -> shape.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static Path name(Path target, String kind) {
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + HexFormat.of().formatHex(suffix));
    }

    /**
     * Held from staging until the bundle is published or discarded. Its file is removed on release, so that nothing
     * is left beside the output folder; the OS releases the lock of a build that is killed.
     */
    static final class StagingLock implements AutoCloseable {
        private final FileChannel channel;
        private final Path file;
        private boolean released;

        private StagingLock(FileChannel channel, Path file) {
            this.channel = channel;
            this.file = file;
        }

        @Override
        public synchronized void close() {
            if (released) {
                return;
            }
            released = true;
            try {
                channel.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A lock file left behind holds nothing: the next build takes it.
            }
        }
    }
}
