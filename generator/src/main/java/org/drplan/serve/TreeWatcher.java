package org.drplan.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches folders and everything under them (folders made later included) with the JDK's WatchService and tells of
 * each changed path. Paths {@code ignored} (the bundle being served and its staging folders, when they sit inside
 * the plan) are not watched. A folder deleted or renamed is simply no longer watched; nothing here throws once started.
 */
final class TreeWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Predicate<Path> ignored;
    private final Consumer<String> log;
    private final Thread thread;

    /** @param log where a folder that cannot be watched is told of (its changes would go unseen) */
    TreeWatcher(List<Path> roots, Predicate<Path> ignored, Consumer<Path> changed, Consumer<String> log)
            throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.log = log;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        thread = new Thread(() -> run(changed), "drplan-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Consumer<Path> changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW || folder == null) {
                        changed.accept(folder);
                        continue;
                    }
                    Path path = folder.resolve((Path) event.context());
                    if (isIgnored(path)) {
                        continue;
                    }
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                        registerTree(path);
                    }
                    changed.accept(path);
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isIgnored(Path path) {
        return ignored.test(path);
    }

    private void registerTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (isIgnored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                    } catch (java.nio.file.NoSuchFileException e) {
                        return FileVisitResult.SKIP_SUBTREE; // removed while it was walked
                    } catch (IOException e) {
                        // out of watches (Linux: fs.inotify.max_user_watches), or a folder that may not be read
                        log.accept("drplan serve: cannot watch " + dir + " (" + e.getMessage() + "): saves there "
                                + "are not seen until the server is restarted");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone already, or unreadable: the build will say so
                }
            });
        } catch (IOException e) {
            // a folder removed while it was walked: the next build reports what is missing
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing: nothing left to do
        }
        thread.interrupt();
    }
}
