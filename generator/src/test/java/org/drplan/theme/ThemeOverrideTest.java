package org.drplan.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/** A user changes one template or asset by putting a file of the same name in templateDirectory. */
class ThemeOverrideTest {

    private static final String PLAN = """
            -- content/scope.md --
            ---
            title: Scope
            type: scope
            owner: it-lead
            custom_note: Printed copies live in the blue binder
            ---
            Body.
            """;

    @Test
    void templateAndAssetOverridesAndExtraAssetsAreUsed() {
        Path root = TestSite.write(PLAN + """
                -- theme/section.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.page title=page.summary.title>
                <h1>${page.heading}</h1><p class="note">${page.meta.custom_note}</p>
                </@layout.page>
                -- theme/assets/drplan.css --
                body { color: rebeccapurple; }
                -- theme/assets/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        TestSite site = TestSite.buildIn(root, b -> b.templateDirectory(root.resolve("theme"))).assertSucceeded();

        site.assertFile("scope.html").contains("<p class=\"note\">Printed copies live in the blue binder</p>",
                "class=\"sidebar\"");
        site.assertFile("index.html").contains("The plan at a glance");
        site.assertFile("assets/drplan.css").contains("rebeccapurple");
        site.assertFile("assets/drplan.js").contains("copy-button");
        site.assertFile("assets/logo.svg");
    }

    @Test
    void mistakeInAnOverriddenTemplateIsALocatedErrorAndNoBundle() {
        Path root = TestSite.write(PLAN + """
                -- theme/section.ftlh --
                <h1>${page.no_such_field}</h1>
                """);
        TestSite site = TestSite.buildIn(root, b -> b.templateDirectory(root.resolve("theme"))).assertFailed();

        site.assertProblemsBesidesPlanOutline("theme/section.ftlh:1:7: error: template: The following has evaluated to null or missing: "
                + "page.no_such_field");
        site.assertNoFile("index.html");
    }

    @Test
    void syntaxErrorInAnOverriddenTemplateIsOneLocatedLine() {
        Path root = TestSite.write(PLAN + """
                -- theme/section.ftlh --
                <h1>${page.title</h1>
                """);
        TestSite site = TestSite.buildIn(root, b -> b.templateDirectory(root.resolve("theme"))).assertFailed();

        java.util.List<String> problems = site.problems().stream().filter(p -> p.startsWith("theme/")).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("theme/section\\.ftlh:1:\\d+: error: template: [^\\n]+"), problems.get(0));
        site.assertNoFile("index.html");
    }

    @Test
    void mistakeInAnOverriddenPrintTemplateIsALocatedErrorAndNoBundle() {
        Path root = TestSite.write(PLAN + """
                -- theme/print.ftlh --
                <#-- the binder's own cover -->
                <p>${page.no_such_part}</p>
                """);
        TestSite site = TestSite.buildIn(root, b -> b.templateDirectory(root.resolve("theme"))).assertFailed();

        site.assertProblemsBesidesPlanOutline("theme/print.ftlh:2:6: error: template: The following has evaluated to null or missing: "
                + "page.no_such_part");
        site.assertNoFile("index.html");
    }

    @Test
    void printStyleCanBeOverriddenLikeAnyAsset() {
        Path root = TestSite.write(PLAN + """
                -- theme/assets/print.css --
                html { font-family: "DejaVu Serif"; }
                """);
        TestSite site = TestSite.buildIn(root, b -> b.templateDirectory(root.resolve("theme"))).assertSucceeded();

        site.assertFile("plan.pdf");
        site.assertFile("assets/print.css").contains("DejaVu Serif");
    }
}
