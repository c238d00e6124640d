package org.drplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.drplan.config.LinkCheck;
import org.drplan.testing.TestSite;
import org.junit.jupiter.api.Test;

/** Inputs that once slipped past the checks: each fails with a located error or builds something safe. */
class HostileInputTest {

    @Test
    void aSectionThatWouldReplaceAThemeAssetIsAnErrorAtItsFile() {
        TestSite.build("""
                -- content/assets/store.md --
                # Store
                -- content/assets/search/index.md --
                # Search index
                """).assertFailed().assertProblemsBesidesPlanOutline(
                "content/assets/search/index.md: error: cannot publish this section as 'assets/search/index.html': "
                        + "the theme's own file has that path, and the bundle needs it; move or rename the file, or "
                        + "give the section another id",
                "content/assets/store.md: error: cannot publish this section as 'assets/store.html': the theme's "
                        + "own file has that path, and the bundle needs it; move or rename the file, or give the "
                        + "section another id");
    }

    @Test
    void markdownInAnyCaseOrLongExtensionIsASection() {
        TestSite site = TestSite.build("""
                -- content/Restore.MD --
                # Restore
                -- content/guide.markdown --
                # Guide
                """, b -> b.linkCheck(LinkCheck.WARN)).assertSucceeded();
        assertEquals("Restore", site.assertFile("restore.html").html().select("main h1").text()
                .replaceFirst("^[0-9.]+ ", ""));
        site.assertFile("guide.html");
        site.assertNoFile("Restore.MD");
        site.assertNoFile("guide.markdown");
        assertEquals(List.of(), site.problems().stream().filter(p -> !p.contains("no section of type")).toList());
    }
}
