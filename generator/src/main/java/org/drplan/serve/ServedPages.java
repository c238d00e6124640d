package org.drplan.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import org.drplan.build.PagePreview;

/**
 * What the server serves at a path: the page made from the newest save when there is one ({@link PagePreview}),
 * else the file of the last bundle written. A page is known by a short digest of its bytes, so an open page can be
 * told whether it is still what the server would serve.
 */
final class ServedPages {

    private final Path root;
    private volatile PagePreview preview;

    ServedPages(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Pages from this newer plan from now on, those it makes; the rest still from the bundle on disk. */
    void preview(PagePreview newer) {
        preview = newer;
    }

    /**
     * A bundle is written to disk: pages from it again, unless the preview is of newer files. A failed build writes
     * nothing, and the last good pages, made by a preview or not, stay served.
     */
    void written(String buildId) {
        PagePreview last = preview;
        if (last != null && buildId.equals(last.buildId())) {
            preview = null;
        }
    }

    /** Whether pages come from a preview newer than the bundle on disk. */
    boolean previewing() {
        return preview != null;
    }

    /** The bundle path a request path names ({@code /} and folders are their {@code index.html}); empty outside. */
    Optional<String> bundlePath(String requestPath) {
        Path file = root.resolve(requestPath.startsWith("/") ? requestPath.substring(1) : requestPath).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Optional.of(root.relativize(file).toString().replace('\\', '/'));
    }

    /** The bytes served at a bundle path; empty when there is nothing there (or it is being replaced). */
    Optional<byte[]> bytes(String path) {
        PagePreview newer = preview;
        if (newer != null && path.endsWith(".html")) {
            Optional<String> page = newer.page(path);
            if (page.isPresent()) {
                return Optional.of(page.get().getBytes(StandardCharsets.UTF_8));
            }
        }
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A short digest of what is served at a bundle path, "none" when nothing is. */
    String digest(String path) {
        return bytes(path).map(ServedPages::digest).orElse("none");
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
