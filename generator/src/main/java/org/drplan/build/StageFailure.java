package org.drplan.build;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.FailureOnFile;
import org.drplan.diagnostics.IoWords;

/**
 * What the build says when a stage throws, which ends the build with nothing published. Two kinds, told apart
 * because the reader acts on them differently: a fault of the machine (a file that cannot be read or written, memory
 * run out) is reported as what it is, at the path, with what to do; anything else is a bug in drplan, reported as one
 * with what to send us.
 */
final class StageFailure {

    private static final int MAX_CAUSES = 16;

    private StageFailure() {
    }

    /**
     * @param thrown what the stage threw
     * @param file   the file the stage was working on, or the content folder when it worked on the whole plan
     */
    static void report(Throwable thrown, Path file, String stage, Diagnostics diagnostics) {
        Throwable failure = unwrapped(thrown);
        Optional<IOException> io = cause(failure, IOException.class);
        if (io.isPresent()) {
            Path at = io.get() instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile())
                    : file;
            String words = IoWords.describe(io.get());
            diagnostics.error(at, 0, 0, "cannot go on while " + stage + ": " + words + "; nothing was published: "
                    + advice(words));
        } else if (cause(failure, OutOfMemoryError.class).isPresent()) {
            long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            diagnostics.error(file, 0, 0, "ran out of memory while " + stage + " (this JVM may use " + heap
                    + " MB); nothing was published: give Maven more (MAVEN_OPTS=-Xmx" + Math.max(2, 2 * heap / 1024)
                    + "g)" + (stage.equals("pdf") ? " or build without the PDF (-Ddrplan.pdf=false)" : ""));
        } else {
            diagnostics.error(file, 0, 0, "drplan failed while " + stage + (file.toString().endsWith(".md")
                    ? " this file" : "") + ": " + describe(failure) + "; nothing was published. This is a bug in "
                    + "drplan: please report it with this message" + (file.toString().endsWith(".md")
                    ? " and the file" : ""));
        }
    }

    /** The failure itself, out of the wrappers that carried it from another thread or file. */
    private static Throwable unwrapped(Throwable thrown) {
        Throwable failure = thrown;
        for (int i = 0; i < MAX_CAUSES && failure.getCause() != null && (failure instanceof FailureOnFile
                || failure instanceof CompletionException || failure instanceof ExecutionException); i++) {
            failure = failure.getCause();
        }
        return failure;
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> kind) {
        Throwable each = failure;
        for (int i = 0; i < MAX_CAUSES && each != null; i++, each = each.getCause()) {
            if (kind.isInstance(each)) {
                return Optional.of(kind.cast(each));
            }
        }
        return Optional.empty();
    }

    private static String advice(String words) {
        String text = words.toLowerCase(Locale.ROOT);
        if (text.contains("permission")) {
            return "let the user who runs the build read it, and build again";
        }
        if (text.contains("no space") || text.contains("quota")) {
            return "free some space and build again";
        }
        if (text.contains("no such file")) {
            return "it went away while drplan read the plan: build again";
        }
        return "check it and build again";
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + (message.length() > 200 ? message.substring(0, 199) + "…" : message);
    }
}
