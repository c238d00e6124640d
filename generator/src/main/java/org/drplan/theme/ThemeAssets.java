package org.drplan.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files for {@code assets/}: the built-in ones (listed in {@code assets.list}, since a jar cannot
 * be listed portably) with any file of the user's {@code templateDirectory/assets/} replacing or adding to them.
 */
public final class ThemeAssets {

    private static final String LIST = ThemeTemplates.THEME_ROOT + "/assets.list";

    private ThemeAssets() {
    }

    /** Bundle path (e.g. {@code assets/drplan.css}) to bytes, sorted by path. */
    public static Map<String, byte[]> load(Path userTemplateDirectory) {
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : builtInNames()) {
            assets.put("assets/" + name, classpathBytes(ThemeTemplates.THEME_ROOT + "/assets/" + name));
        }
        if (userTemplateDirectory != null) {
            Path userAssets = userTemplateDirectory.resolve("assets");
            if (Files.isDirectory(userAssets)) {
                try (Stream<Path> walk = Files.walk(userAssets)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String relative = userAssets.relativize(file).toString().replace('\\', '/');
                        assets.put("assets/" + relative, Files.readAllBytes(file));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + userAssets + ": " + e.getMessage(), e);
                }
            }
        }
        return assets;
    }

    private static java.util.List<String> builtInNames() {
        return new String(classpathBytes(LIST), StandardCharsets.UTF_8).lines()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] classpathBytes(String resource) {
        try (InputStream in = ThemeAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("theme resource missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme resource " + resource, e);
        }
    }
}
