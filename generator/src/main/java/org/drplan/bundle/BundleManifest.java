package org.drplan.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Every file a bundle holds, gathered before anything is written: its path in the bundle, its bytes and their
 * SHA-256, sorted by path so that the same plan always gives the same list.
 */
public record BundleManifest(List<File> files) {

    public BundleManifest {
        files = files.stream().sorted(java.util.Comparator.comparing(File::path)).toList();
    }

    /** One file of the bundle. */
    public record File(String path, byte[] bytes, String sha256) {

        public static File of(String path, byte[] bytes) {
            return new File(path, bytes, BundleManifest.sha256(bytes));
        }

        public static File of(String path, String text) {
            return of(path, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    public int size() {
        return files.size();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
