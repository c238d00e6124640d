package org.drplan.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a bundle is built from: every file of the content folder (and of the template folder, when there is one) with
 * its SHA-256, and the newest of their modification times. Together with the settings and drplan's version they
 * make the build id, a name for "this plan, built this way" that the pages, the PDF, the checklist logs and
 * {@code BUILD-INFO.txt} all carry, so a printout, a copy and a log can be matched to one build.
 */
public final class BuildSources {

    /** Characters of the build id: 12 hex digits, 48 bits. */
    static final int ID_LENGTH = 12;

    private final Map<String, String> files;
    private final Instant newest;

    private BuildSources(Map<String, String> files, Instant newest) {
        this.files = files;
        this.newest = newest;
    }

    /** Reads the folders; a file that cannot be read is left out (the build reports it where it reads it). */
    public static BuildSources read(Path contentDirectory, Path templateDirectory) {
        return read(contentDirectory, templateDirectory, FileDigests.reading());
    }

    /** Reads the folders, each file's digest through {@code digests}. */
    public static BuildSources read(Path contentDirectory, Path templateDirectory, FileDigests digests) {
        Map<String, String> files = new TreeMap<>();
        Instant[] newest = {Instant.EPOCH};
        add(contentDirectory, "content/", files, newest, digests);
        if (templateDirectory != null) {
            add(templateDirectory, "theme/", files, newest, digests);
        }
        return new BuildSources(files, newest[0]);
    }

    /** The newest modification time of the sources: the build date when none is configured. */
    public Instant newest() {
        return newest;
    }

    /**
     * The build id: the first 12 hex digits of a SHA-256 over drplan's version, the settings as text and every
     * source file's path and SHA-256.
     */
    public String buildId(String settings) {
        MessageDigest digest = FileDigests.sha256();
        digest.update(("drplan " + DrplanVersion.get() + "\n" + settings + "\n").getBytes(StandardCharsets.UTF_8));
        files.forEach((path, hash) -> digest.update((hash + "  " + path + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest()).substring(0, ID_LENGTH);
    }

    private static void add(Path root, String prefix, Map<String, String> files, Instant[] newest,
                            FileDigests digests) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(Files::isRegularFile).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return;
        }
        for (Path path : paths) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                Instant modified = attributes.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
                if (modified.isAfter(newest[0])) {
                    newest[0] = modified;
                }
                String relative = root.relativize(path).toString().replace('\\', '/');
                files.put(prefix + relative, digests.sha256(path, attributes));
            } catch (IOException e) {
                // unreadable: the scanner reports it at the file
            }
        }
    }
}
