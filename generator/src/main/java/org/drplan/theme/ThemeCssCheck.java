package org.drplan.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.url.CssUrls;

/**
 * A theme override's stylesheets may not fetch from the network ({@code @import url(https://...)}, a web font, a
 * background image): the bundle must look the same with no network. Each such URL is an error where it is written.
 */
public final class ThemeCssCheck {

    private ThemeCssCheck() {
    }

    public static void check(Path templateDirectory, Diagnostics diagnostics) {
        if (templateDirectory == null || !Files.isDirectory(templateDirectory)) {
            return;
        }
        List<Path> stylesheets;
        try (Stream<Path> walk = Files.walk(templateDirectory)) {
            stylesheets = walk.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return;
        }
        for (Path css : stylesheets) {
            String text;
            try {
                text = Files.readString(css, StandardCharsets.UTF_8);
            } catch (IOException e) {
                diagnostics.error(css, 0, 0, "cannot read the stylesheet: not UTF-8 text or not readable");
                continue;
            }
            for (CssUrls.Found found : CssUrls.external(text)) {
                int line = (int) text.substring(0, found.offset()).chars().filter(c -> c == '\n').count() + 1;
                int column = found.offset() - text.lastIndexOf('\n', found.offset() - 1);
                diagnostics.error(css, line, column, "the stylesheet loads '" + found.url() + "' from the network, "
                        + "which the bundle must work without; copy the file into the theme folder and link it "
                        + "relatively");
            }
        }
    }
}
