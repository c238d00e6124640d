package org.drplan.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.drplan.diagnostics.Diagnostics;
import org.drplan.diagnostics.Problem;
import org.drplan.theme.ThemeException;
import org.drplan.theme.ThemeTemplates;

/**
 * The theme's templates for one build, loaded on first use (one configuration for the pages and the print
 * document), and a template mistake reported where it is written.
 */
final class ThemeUse {

    private final Path templateDirectory;
    private final Diagnostics diagnostics;
    private ThemeTemplates templates;

    ThemeUse(Path templateDirectory, Diagnostics diagnostics) {
        this.templateDirectory = templateDirectory;
        this.diagnostics = diagnostics;
    }

    /** {@code use} applied to the templates; {@code failed} after a template mistake, which is reported. */
    <T> T with(T failed, Function<ThemeTemplates, T> use) {
        try {
            if (templates == null) {
                templates = new ThemeTemplates(templateDirectory);
            }
            return use.apply(templates);
        } catch (ThemeException e) {
            diagnostics.report(Problem.error(templatePath(e.templateName()), e.line(), e.column(),
                    "template: " + e.getMessage()));
        } catch (IOException e) {
            diagnostics.report(Problem.error(templateDirectory, 0, 0, "cannot read templates: " + e));
        }
        return failed;
    }

    /** The user's file when the failing template is an override, else the built-in theme's name for it. */
    private Path templatePath(String name) {
        Path user = templateDirectory == null ? null : templateDirectory.resolve(name);
        return user != null && Files.exists(user) ? user : Path.of("(built-in theme)", name);
    }
}
