package org.drplan.bundle;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * An environment failure while writing the bundle, in words a person can act on: what went wrong, on which path,
 * and what to do. Never the exception's class name.
 */
final class FileFault {

    private FileFault() {
    }

    /** {@code no space left on device (/out/.site.new-1/a.html)}. */
    static String describe(Exception e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied (" + denied.getFile() + ")";
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder (" + missing.getFile() + ")";
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() == null ? "the file system refused" : lowerFirst(fs.getReason());
            return reason + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return e.getMessage() == null ? "the file system refused" : e.getMessage();
    }

    /** What to do about it. */
    static String advice(Exception e) {
        String text = describe(e).toLowerCase(Locale.ROOT);
        if (text.contains("no space") || text.contains("quota")) {
            return "free some space or choose another outputDirectory";
        }
        if (text.contains("name too long")) {
            return "use shorter file names in the plan or a shorter outputDirectory";
        }
        if (text.contains("permission") || text.contains("read-only")) {
            return "make the folder writable or choose another outputDirectory";
        }
        if (text.contains("busy") || text.contains("cross-device") || text.contains("directory not empty")) {
            return "a mount point or a folder in use cannot be replaced: point outputDirectory at a folder inside it";
        }
        return "check the folder and try again";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
