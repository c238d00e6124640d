package org.drplan.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every file a bundle holds, gathered before anything is written: its path in the bundle and its bytes (and their
 * SHA-256 on demand), sorted by path so that the same plan always gives the same list.
 */
public record BundleManifest(List<File> files) {

    public BundleManifest {
        files = files.stream().sorted(Comparator.comparing(File::path)).toList();
    }

    /** One file of the bundle. */
    public record File(String path, byte[] bytes) {

        public static File of(String path, byte[] bytes) {
            return new File(path, bytes);
        }

        public static File of(String path, String text) {
            return of(path, text.getBytes(StandardCharsets.UTF_8));
        }

        /** The SHA-256 of the bytes, in lower-case hex; computed when asked, as most builds never ask. */
        public String sha256() {
            return BundleManifest.sha256(bytes);
        }
    }

    public int size() {
        return files.size();
    }

    /** This manifest with one more file (or a file replaced). */
    public BundleManifest with(File file) {
        return with(List.of(file));
    }

    /** This manifest with these files added (or replacing files of the same path), in one copy. */
    public BundleManifest with(List<File> added) {
        Set<String> paths = new HashSet<>();
        added.forEach(f -> paths.add(f.path()));
        List<File> more = new ArrayList<>(files.stream().filter(f -> !paths.contains(f.path())).toList());
        more.addAll(added);
        return new BundleManifest(more);
    }

    /** The bytes of the files whose path starts with {@code folder}. */
    public long bytesUnder(String folder) {
        return files.stream().filter(f -> f.path().startsWith(folder)).mapToLong(f -> f.bytes().length).sum();
    }

    /** Each file's bytes by its path. */
    public Map<String, byte[]> bytesByPath() {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach(f -> bytes.put(f.path(), f.bytes()));
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
