package org.drplan.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.drplan.config.RunbookZipTarget;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.integrity.EarlierBundle;
import org.drplan.integrity.RunbookZip;

/**
 * Stage 8: writes a bundle (and its runbook zip, when asked for) beside the output folder, and only once it is
 * complete and verified swaps both in, so that a failed build never leaves a half-written bundle nor touches the
 * previous one. Every failure of the file system (a full disk, a name too long, a folder that cannot be written or
 * moved) is reported as a plain error on the output folder, the staged files are removed, and the output folder and
 * zip are left either wholly old or wholly new.
 */
public final class BundleWriter {

    /** Moves one folder or file to another place in one step; a test swaps in a failing one. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /**
     * A bundle written beside the output folder, not yet published; holds the output folder's lock until it is
     * published or discarded.
     *
     * @param folder    the staged bundle
     * @param zip       the staged runbook zip, when one was asked for
     * @param leftovers what was cleaned up of earlier, interrupted builds, one line each
     */
    public record Staged(Path folder, Optional<Path> zip, List<String> leftovers, StagingArea.StagingLock lock) {
    }

    private final Path outputDirectory;
    private final Optional<RunbookZipTarget> zip;
    private final Mover mover;
    private final StagingArea area;

    public BundleWriter(Path outputDirectory, Optional<RunbookZipTarget> zip) {
        this(outputDirectory, zip, (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE));
    }

    BundleWriter(Path outputDirectory, Optional<RunbookZipTarget> zip, Mover mover) {
        this.outputDirectory = outputDirectory;
        this.zip = zip;
        this.mover = mover;
        this.area = new StagingArea(outputDirectory, zip.map(RunbookZipTarget::file));
    }

    /**
     * Writes every file of the manifest into a new folder next to the output folder, and the runbook zip of that
     * folder next to the zip's place, and returns them; empty when the file system refused or another build is
     * writing the same folder (reported, nothing left behind). Files and folders get {@code fileTime} as their
     * modification time (the build date), so that a copy of the same build looks the same whenever it was made.
     */
    public Optional<Staged> stage(BundleManifest manifest, Instant fileTime, Diagnostics diagnostics) {
        Optional<StagingArea.StagingLock> lock;
        try {
            lock = area.lock();
        } catch (IOException | RuntimeException e) {
            diagnostics.error(outputDirectory, 0, 0, "cannot write the new bundle: " + FileFault.describe(e)
                    + "; the previous bundle is unchanged: " + FileFault.advice(e));
            return Optional.empty();
        }
        if (lock.isEmpty()) {
            diagnostics.error(outputDirectory, 0, 0, "another drplan build is writing this output folder right now; "
                    + "the previous bundle is unchanged: wait for that build to end and build again");
            return Optional.empty();
        }
        Path folder = null;
        Optional<Path> stagedZip = Optional.empty();
        try {
            List<String> leftovers = area.removeLeftovers();
            folder = area.newFolder();
            writeFiles(manifest, folder, fileTime);
            stagedZip = area.newZipName();
            if (stagedZip.isPresent()) {
                try (OutputStream out = Files.newOutputStream(stagedZip.get())) {
                    RunbookZip.write(folder, out, zip.get().topFolder(), fileTime);
                }
            }
            return Optional.of(new Staged(folder, stagedZip, leftovers, lock.get()));
        } catch (IOException | RuntimeException e) {
            remove(folder);
            stagedZip.ifPresent(BundleWriter::remove);
            lock.get().close();
            diagnostics.error(outputDirectory, 0, 0, "cannot write the new bundle: " + FileFault.describe(e)
                    + "; the previous bundle is unchanged: " + FileFault.advice(e));
            return Optional.empty();
        }
    }

    private static void writeFiles(BundleManifest manifest, Path folder, Instant fileTime) throws IOException {
        Set<Path> folders = new TreeSet<>(Comparator.reverseOrder());
        for (BundleManifest.File file : manifest.files()) {
            Path target = folder.resolve(file.path()).normalize();
            if (!target.startsWith(folder)) {
                throw new IllegalArgumentException("bundle path leaves the bundle: " + file.path());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
            Files.setLastModifiedTime(target, FileTime.from(fileTime));
            for (Path parent = target.getParent(); !parent.equals(folder); parent = parent.getParent()) {
                folders.add(parent);
            }
        }
        for (Path parent : folders) {
            Files.setLastModifiedTime(parent, FileTime.from(fileTime));
        }
    }

    /**
     * Replaces the output folder (and the zip) by the staged ones; false when it could not (reported; the previous
     * bundle and zip are then as they were and the staged ones removed).
     */
    public boolean publish(Staged staged, Diagnostics diagnostics) {
        try (StagingArea.StagingLock held = staged.lock()) {
            Optional<String> foreign = EarlierBundle.whyNotReplaceable(outputDirectory);
            if (foreign.isPresent()) {
                // Something was put into the output folder while this build ran.
                discardFiles(staged);
                diagnostics.error(outputDirectory, 0, 0, foreign.get() + "; the new bundle was not published");
                return false;
            }
            return swap(staged, diagnostics);
        }
    }

    private boolean swap(Staged staged, Diagnostics diagnostics) {
        Path old = null;
        try {
            if (Files.exists(outputDirectory, LinkOption.NOFOLLOW_LINKS)) {
                old = area.oldFolderName();
                mover.move(outputDirectory, old);
            }
        } catch (IOException | RuntimeException e) {
            discardFiles(staged);
            diagnostics.error(outputDirectory, 0, 0, "cannot replace the previous bundle: " + FileFault.describe(e)
                    + "; it is unchanged: " + FileFault.advice(e));
            return false;
        }
        try {
            mover.move(staged.folder(), outputDirectory);
        } catch (IOException | RuntimeException e) {
            String restored = moveBack(old);
            discardFiles(staged);
            diagnostics.error(outputDirectory, 0, 0, "cannot move the new bundle into place: " + FileFault.describe(e)
                    + "; the previous bundle " + restored + ": " + FileFault.advice(e));
            return false;
        }
        if (staged.zip().isPresent() && !publishZip(staged, old, diagnostics)) {
            return false;
        }
        if (old != null && !remove(old)) {
            diagnostics.warning(outputDirectory, 0, 0, "the new bundle is in place, but the previous one could not be "
                    + "removed from " + old + ": delete that folder by hand");
        }
        return true;
    }

    /** Moves the staged zip over the old one; when it cannot, puts the previous bundle back as well. */
    private boolean publishZip(Staged staged, Path old, Diagnostics diagnostics) {
        Path target = zip.orElseThrow().file();
        try {
            Files.createDirectories(target.getParent());
            Files.move(staged.zip().get(), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            String restored;
            try {
                mover.move(outputDirectory, staged.folder());
                restored = moveBack(old);
            } catch (IOException | RuntimeException again) {
                restored = "could not be put back (the new one is in place)";
            }
            discardFiles(staged);
            diagnostics.error(target, 0, 0, "cannot write the runbook zip: " + FileFault.describe(e)
                    + "; the previous bundle " + restored + " and the zip was not changed: " + FileFault.advice(e));
            return false;
        }
    }

    /** Moves the previous bundle back into place; says how that went, for the message. */
    private String moveBack(Path old) {
        if (old == null) {
            return "is unchanged";
        }
        try {
            mover.move(old, outputDirectory);
            return "is unchanged";
        } catch (IOException | RuntimeException again) {
            return "is kept at " + old + " (move it back by hand)";
        }
    }

    /** Removes a staged bundle that is not to be published, and lets the output folder go. */
    public void discard(Staged staged) {
        try (StagingArea.StagingLock held = staged.lock()) {
            discardFiles(staged);
        }
    }

    private static void discardFiles(Staged staged) {
        remove(staged.folder());
        staged.zip().ifPresent(BundleWriter::remove);
    }

    /** Removes a staged file or folder; false when some of it could not be removed. */
    private static boolean remove(Path path) {
        if (path == null) {
            return true;
        }
        try {
            FileTrees.delete(path);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
