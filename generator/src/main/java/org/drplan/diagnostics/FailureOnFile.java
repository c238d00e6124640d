package org.drplan.diagnostics;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Something thrown while a stage worked on one file (of the plan's, read side by side): carries the file so that
 * the build's message can name it.
 */
public final class FailureOnFile extends RuntimeException {

    private final transient Path file;

    private FailureOnFile(Path file, Throwable cause) {
        super(cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} on {@code file}; anything it throws comes out as a failure on that file. */
    public static <T> T onFile(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (FailureOnFile failure) {
            throw failure;
        } catch (RuntimeException | Error e) {
            throw new FailureOnFile(file, e);
        }
    }
}
