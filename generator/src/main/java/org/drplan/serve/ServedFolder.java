package org.drplan.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder a preview is built into, removed when the preview stops — by {@link #close()} or, on Ctrl-C, by a
 * shutdown hook — with what the builds left beside it (their lock file), so that no folder outlives the server.
 */
public final class ServedFolder implements AutoCloseable {

    private final Path folder;
    private final Thread hook;

    private ServedFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.hook = new Thread(this::delete, "drplan-serve-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A preview folder at this path (what is there now is replaced by the first build, as drplan:site does). */
    public static ServedFolder at(Path folder) {
        return new ServedFolder(folder);
    }

    /** A new folder under the system's temporary folder. */
    public static ServedFolder temporary() throws IOException {
        return new ServedFolder(Files.createTempDirectory("drplan-serve-").resolve("bundle"));
    }

    public Path path() {
        return folder;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running
        }
        delete();
    }

    private void delete() {
        Path parent = folder.getParent();
        String name = folder.getFileName().toString();
        deleteTree(folder);
        deleteTree(parent.resolve("." + name + ".lock"));
        if (parent.getFileName().toString().startsWith("drplan-serve-")) {
            deleteTree(parent);
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort while stopping
        }
    }
}
