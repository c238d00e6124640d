package org.drplan.build;

import java.nio.file.Path;
import java.util.function.Supplier;

/** A failure, most likely a bug, while drplan worked on one file: carries the file so the message can name it. */
final class SectionFailure extends RuntimeException {

    private final transient Path file;

    private SectionFailure(Path file, Throwable cause) {
        super(cause);
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} on {@code file}; anything it throws comes out as a failure on that file. */
    static <T> T onFile(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (SectionFailure failure) {
            throw failure;
        } catch (RuntimeException | Error e) {
            throw new SectionFailure(file, e);
        }
    }
}
