package org.drplan.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.drplan.diagnostics.IoWords;

/**
 * Whether a folder holds nothing but a bundle drplan wrote, so that a build may replace it whole. A bundle drplan
 * wrote has a {@code BUILD-INFO.txt} that names drplan and lists every one of its files in {@code SHA256SUMS}; a file
 * that list does not name (a download, a note, a folder of somebody's) makes the folder somebody else's. Files that
 * operating systems drop into any folder they show (Finder's {@code .DS_Store}, Explorer's {@code Thumbs.db}) are
 * not counted.
 */
public final class EarlierBundle {

    private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    private EarlierBundle() {
    }

    /**
     * Why {@code folder} may not be replaced by a new bundle, naming its first file that is not an earlier bundle's;
     * empty when it may.
     */
    public static Optional<String> whyNotReplaceable(Path folder) {
        try {
            return foreignFile(folder).map(file -> "output directory holds '" + file + "', which is not part of a "
                    + "bundle drplan wrote (one whose BUILD-INFO.txt names drplan and whose SHA256SUMS lists its "
                    + "files); the build replaces the output folder whole, so it will not delete it: set "
                    + "outputDirectory to a new or empty folder, or move that file away");
        } catch (IOException e) {
            return Optional.of("cannot read the output directory to make sure it holds only an earlier bundle: "
                    + IoWords.describe(e) + "; it was left as it was");
        }
    }

    /**
     * The first file (in path order, {@code /} separators) that stops {@code folder} from being replaced, or empty
     * when the folder is missing, empty, or a bundle drplan wrote.
     */
    public static Optional<String> foreignFile(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        TreeSet<String> files = filesUnder(folder);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Set<String> listed = writtenByDrplan(folder) ? listedFiles(folder) : Set.of();
        return files.stream().filter(file -> !listed.contains(file)).findFirst();
    }

    /** Every file and symbolic link under the folder (folders themselves only hold them), system files left out. */
    private static TreeSet<String> filesUnder(Path folder) throws IOException {
        TreeSet<String> files = new TreeSet<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!SYSTEM_FILES.contains(file.getFileName().toString())) {
                    files.add(folder.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static boolean writtenByDrplan(Path folder) throws IOException {
        Path info = folder.resolve(BuildInfo.FILE_NAME);
        if (!Files.isRegularFile(info, LinkOption.NOFOLLOW_LINKS) || Files.size(info) > 64 * 1024) {
            return false;
        }
        String text = new String(Files.readAllBytes(info), StandardCharsets.UTF_8);
        return text.startsWith(BuildInfo.FIRST_LINE + "\n") && text.contains("\n" + BuildInfo.MADE_WITH + "drplan ");
    }

    /** The files {@code SHA256SUMS} lists, and itself. */
    private static Set<String> listedFiles(Path folder) throws IOException {
        Path sums = folder.resolve(Sha256Sums.FILE_NAME);
        if (!Files.isRegularFile(sums, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<String> listed = new HashSet<>();
        Sha256Sums.parse(Files.readString(sums, StandardCharsets.UTF_8)).entries()
                .forEach(entry -> listed.add(entry.path()));
        listed.add(Sha256Sums.FILE_NAME);
        return listed;
    }
}
