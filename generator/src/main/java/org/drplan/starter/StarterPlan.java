package org.drplan.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan {@code drplan init} starts people with: one section per part of a continuity plan, a {@code team.yml}
 * and a {@code drplan.yml}, every value to replace marked {@value #PLACEHOLDER} so that the plan checks list what is
 * left to fill in. It builds at once. Nothing that exists is ever overwritten.
 */
public final class StarterPlan {

    /** The mark of a value still to be filled in; the plan checks warn about each one at its line. */
    public static final String PLACEHOLDER = "FILL IN";

    private static final String FOLDER = "org/drplan/starter/";

    private StarterPlan() {
    }

    /** What {@link #write} did: the files written and those left as they were because they exist. */
    public record Result(List<Path> written, List<Path> kept) {
    }

    /** Writes the starter plan into {@code contentDirectory} (made if missing), leaving every existing file alone. */
    public static Result write(Path contentDirectory) throws IOException {
        List<Path> written = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (String name : files()) {
            Path target = contentDirectory.resolve(name);
            if (Files.exists(target)) {
                kept.add(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.write(target, resource(name), StandardOpenOption.CREATE_NEW);
                written.add(target);
            } catch (FileAlreadyExistsException e) {
                kept.add(target); // made by someone else since we looked
            }
        }
        return new Result(written, kept);
    }

    /** The starter's files, relative to the content folder, in the order they are written. */
    public static List<String> files() {
        return new String(resource("files.list"), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = StarterPlan.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from drplan's jar: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
