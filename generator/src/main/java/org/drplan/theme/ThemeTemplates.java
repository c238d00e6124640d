package org.drplan.theme;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker side of the theme: {@code .ftlh} templates looked up first in the user's template folder, then in
 * the built-in theme, with HTML auto-escaping on. One instance per build.
 */
public final class ThemeTemplates {

    /** Classpath folder of the built-in theme (module {@code templates}). */
    public static final String THEME_ROOT = "drplan/theme";

    private final Configuration configuration;

    public ThemeTemplates(Path userTemplateDirectory) throws IOException {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userTemplateDirectory != null) {
            loaders.add(new FileTemplateLoader(new File(userTemplateDirectory.toString())));
        }
        loaders.add(new ClassTemplateLoader(ThemeTemplates.class.getClassLoader(), THEME_ROOT));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    }

    /**
     * Renders one template.
     *
     * @param model the root of the data model, a record such as {@link PageModel}
     *
     * @throws ThemeException naming the template and the position of a template mistake
     */
    public String render(String templateName, Object model) {
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(templateName).process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : templateName;
            throw new ThemeException(name, nullToZero(e.getLineNumber()), nullToZero(e.getColumnNumber()),
                    describe(e.getMessageWithoutStackTop()), e);
        } catch (freemarker.core.ParseException e) {
            String name = e.getTemplateName() != null ? e.getTemplateName() : templateName;
            String message = e.getEditorMessage() == null ? "syntax error" : e.getEditorMessage().lines()
                    .findFirst().orElse("syntax error");
            throw new ThemeException(name, e.getLineNumber(), e.getColumnNumber(), message, e);
        } catch (IOException e) {
            throw new ThemeException(templateName, 0, 0, "cannot load template: "
                    + org.drplan.diagnostics.IoWords.describe(e), e);
        }
    }

    /** FreeMarker's first line, plus the expression it points at ("==> page.x") when there is one. */
    private static String describe(String message) {
        List<String> lines = message.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        String first = lines.isEmpty() ? "template error" : lines.get(0);
        return lines.stream().filter(l -> l.startsWith("==>")).findFirst()
                .map(l -> first + " " + l.substring(3).replaceAll("\\s*\\[in template.*", "").trim())
                .orElse(first);
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}
