package org.drplan.bundle;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Locale;

import org.drplan.diagnostics.IoWords;

/**
 * An environment failure while writing the bundle, in words a person can act on: what went wrong, on which path,
 * and what to do. Never the exception's class name.
 */
final class FileFault {

    private FileFault() {
    }

    /** {@code no space left on device (/out/.site.new-1/a.html)}. */
    static String describe(Exception e) {
        if (e instanceof IOException io) {
            String file = e instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
            return IoWords.describe(io) + file;
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
}
