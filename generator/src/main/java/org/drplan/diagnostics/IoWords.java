package org.drplan.diagnostics;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** What went wrong reading a file, in words for the plan's author, never the exception's name. */
public final class IoWords {

    private IoWords() {
    }

    public static String describe(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text; save it as UTF-8";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "its symbolic links form a loop";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            String reason = fs.getReason().toLowerCase(Locale.ROOT);
            return reason.contains("too many levels of symbolic links") ? "its symbolic links form a loop" : reason;
        }
        return e.getMessage() == null ? "the file system refused" : e.getMessage();
    }
}
