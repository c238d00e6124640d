package org.drplan.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of source files. A remembering one, for the preview server's successive builds, reads a file again
 * only when its size or modification time is not what it was; a build outside the server reads every file.
 */
public final class FileDigests {

    private final Map<Path, Known> known;

    private FileDigests(Map<Path, Known> known) {
        this.known = known;
    }

    /** Reads every file it is asked about. */
    public static FileDigests reading() {
        return new FileDigests(null);
    }

    /** Remembers each file's digest with its size and modification time. */
    public static FileDigests remembering() {
        return new FileDigests(new ConcurrentHashMap<>());
    }

    String sha256(Path file, BasicFileAttributes attributes) throws IOException {
        if (known == null) {
            return hash(file);
        }
        Known last = known.get(file);
        if (last != null && last.size() == attributes.size() && last.modified().equals(attributes.lastModifiedTime())) {
            return last.sha256();
        }
        String sha256 = hash(file);
        known.put(file, new Known(attributes.size(), attributes.lastModifiedTime(), sha256));
        return sha256;
    }

    private static String hash(Path file) throws IOException {
        return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private record Known(long size, FileTime modified, String sha256) {
    }
}
