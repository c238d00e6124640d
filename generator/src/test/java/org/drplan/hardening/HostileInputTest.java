package org.drplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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

    @Test
    void scriptingUrlsInAnyCaseAreNeutralisedAndReportedWhereWritten() {
        TestSite site = TestSite.build("""
                -- content/a.md --
                # A
                [x](JaVaScRiPt:alert(1)) [y](javascript:alert(2)) [z](data:text/html;base64,PHNjcmlwdD4=)
                <a href=" JAVASCRIPT:alert(3)">raw</a> ![ok](data:image/png;base64,iVBORw0KGgo=)
                <javascript:alert(4)>
                """, b -> b.linkCheck(LinkCheck.WARN)).assertSucceeded();
        site.assertProblemsBesidesPlanOutline(
                "content/a.md:2:1: warning: link 'JaVaScRiPt:alert(1)' would run a script; drplan does not publish "
                        + "scripting URLs",
                "content/a.md:2:26: warning: link 'javascript:alert(2)' would run a script; drplan does not publish "
                        + "scripting URLs",
                "content/a.md:2:51: warning: link 'data:text/html;base64,PHNjcmlwdD4=' would run a script; drplan "
                        + "does not publish scripting URLs",
                "content/a.md:3:10: warning: link ' JAVASCRIPT:alert(3)' would run a script; drplan does not publish "
                        + "scripting URLs",
                "content/a.md:4:1: warning: link 'javascript:alert(4)' would run a script; drplan does not publish "
                        + "scripting URLs");
        var prose = site.assertFile("a.html").html().select(".prose");
        assertEquals(List.of(), prose.select("a[href]").eachAttr("href"), "no scripting link is live");
        assertEquals(5, prose.select("a.broken-link").size());
        assertEquals(1, prose.select("img[src^=data:image/png]").size(), "an image data URL stays");
    }

    @Test
    void everyWayRawHtmlCouldLoadFromTheNetworkIsAnErrorAtItsSource() {
        TestSite.build("""
                -- content/a.md --
                # A
                <img srcset="https://cdn.example.com/a.png 1x" alt="a">
                <div style="background:url(https://x.example/b.png)">s</div>
                <style>@import url(https://fonts.example/x.css);</style>
                <base href="https://evil.example/">
                <meta http-equiv="refresh" content="0;url=https://evil.example">
                <video poster="https://x.example/p.png"></video>
                <svg><image href="https://x.example/i.png"/></svg>
                <script src="https://cdn.example/x.js"></script>
                """).assertFailed().assertProblemsBesidesPlanOutline(
                "content/a.md:2:14: error: <img> srcset loads 'https://cdn.example.com/a.png' from the network, "
                        + "which the bundle must work without; copy the file into the content folder",
                "content/a.md:3:13: error: style loads 'https://x.example/b.png' from the network, which the bundle "
                        + "must work without; copy the file into the content folder",
                "content/a.md:4:1: error: <style> loads 'https://fonts.example/x.css' from the network, which the "
                        + "bundle must work without; copy the file into the content folder",
                "content/a.md:5:1: error: a <base> element changes where every link of the page leads; remove it",
                "content/a.md:6:1: error: a refresh <meta> element sends the reader to another page; remove it",
                "content/a.md:7:16: error: <video> 'https://x.example/p.png' is loaded from the network, which the "
                        + "bundle must work without; copy the file into the content folder",
                "content/a.md:8:19: error: <image> 'https://x.example/i.png' is loaded from the network, which the "
                        + "bundle must work without; copy the file into the content folder",
                "content/a.md:9:14: error: <script> 'https://cdn.example/x.js' is loaded from the network, which the "
                        + "bundle must work without; copy the file into the content folder");
    }

    @Test
    void aThemeStylesheetThatLoadsFromTheNetworkIsAnErrorAtItsLine() {
        TestSite.build("""
                -- content/a.md --
                # A
                -- theme/assets/drplan.css --
                body { color: black; }
                @import url("https://fonts.example/inter.css");
                h1 { background: url(https://x.example/b.png); }
                """, b -> b.templateDirectory(b.build().baseDirectory().resolve("theme"))).assertFailed()
                .assertProblemsBesidesPlanOutline(
                "theme/assets/drplan.css:2:14: error: the stylesheet loads 'https://fonts.example/inter.css' from the "
                        + "network, which the bundle must work without; copy the file into the theme folder and link "
                        + "it relatively",
                "theme/assets/drplan.css:3:22: error: the stylesheet loads 'https://x.example/b.png' from the network, "
                        + "which the bundle must work without; copy the file into the theme folder and link it "
                        + "relatively");
    }

    @Test
    void frontMatterNestedThousandsDeepIsALocatedError() {
        TestSite.build("-- content/deep.md --\n---\nextra: " + "[".repeat(20_000) + "]".repeat(20_000)
                + "\n---\n# Deep\n").assertFailed().assertProblemsBesidesPlanOutline(
                "content/deep.md:2:208: error: YAML nested more than 200 levels deep; drplan reads plans, not "
                        + "machine-made data");
    }

    @Test
    void quotesNestedTenThousandDeepAreALocatedErrorAndBracketsDoNotCrash() {
        TestSite.build("-- content/quote.md --\n# Q\n\n" + ">".repeat(10_000) + " deep\n"
                + "-- content/brackets.md --\n# B\n\n" + "[".repeat(20_000) + "x" + "]".repeat(20_000) + "\n")
                .assertFailed().assertProblemsBesidesPlanOutline(
                        "content/brackets.md:3:101: error: brackets nested more than 100 levels deep; the section "
                                + "is not read",
                        "content/quote.md:3:101: error: quotes nested more than 100 levels deep; the section is not "
                                + "read");
    }

    /** A certificate pasted whole: a word of two million characters, indexed everywhere but in search. */
    @Test
    void aPastedTwoMegabyteBlobBuildsAndIsLeftOutOfSearchWithAWarningWhereItIs() {
        String blob = "MIIB" + "q0Zx7+/w".repeat(250_000);
        TestSite site = TestSite.build("-- content/cert.md --\n# Certificate\n\nThe key:\n\n" + blob
                + "\n\nRestore it.\n", b -> b.pdf(false)).assertSucceeded();
        site.assertProblemsBesidesPlanOutline("content/cert.md:5:1: warning: a word of 2,000,004 characters "
                + "('miibq0zx7+/wq0zx7+/wq0zx…') is left out of search: longer than 1,000 characters, it is no word "
                + "a reader types (a pasted key or file?)");
        site.assertFile("cert.html").contains(blob);
        site.assertFile("assets/search/w-r.js").contains("\"restore\"");
    }

    /** Pasted logs and JSON: brackets and quote marks in code are characters, not Markdown structure. */
    @Test
    void bracketsAndQuoteMarksInCodeAreNotNesting() {
        String deep = "[".repeat(300) + "x" + "]".repeat(300);
        String quotes = ">".repeat(300) + " prompt";
        TestSite site = TestSite.build("-- content/logs.md --\n# Logs\n\n```json\n" + deep + "\n" + quotes
                + "\n```\n\n~~~~\n" + deep + "\n```\n" + quotes + "\n~~~~\n\nInline `" + deep + "` too.\n\n"
                + "    " + deep + "\n    " + quotes + "\n\n- item\n\n  ```\n  " + deep + "\n  ```\n",
                b -> b.pdf(false)).assertSucceeded();
        assertEquals(5, site.assertFile("logs.html").html().select("pre code, p code").size());
        TestSite.build("-- content/logs.md --\n# Logs\n\n```\n" + deep + "\n```\n" + deep + "\n")
                .assertFailed().assertProblemsBesidesPlanOutline("content/logs.md:6:101: error: brackets nested "
                        + "more than 100 levels deep; the section is not read");
    }

    @Test
    void aRequiresChainOfSixThousandSectionsBuilds() {
        StringBuilder files = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            files.append("-- content/s").append(i).append(".md --\n---\n")
                    .append(i < 5999 ? "requires: [s" + (i + 1) + "]\n" : "").append("---\n# S").append(i)
                    .append('\n');
        }
        TestSite site = TestSite.build(files.toString(), b -> b.pdf(false)).assertSucceeded();
        site.assertFile("s0.html").contains("href=\"s1.html\"");
    }

    @Test
    void aRequiresCycleOfSixThousandSectionsIsOneReadableLineAtItsPlace() {
        StringBuilder files = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            files.append("-- content/s").append(String.format("%04d", i)).append(".md --\n---\nrequires: [s")
                    .append(String.format("%04d", (i + 1) % 6000)).append("]\n---\n# S").append(i).append('\n');
        }
        TestSite.build(files.toString(), b -> b.pdf(false)).assertFailed().assertProblemsBesidesPlanOutline(
                "content/s0000.md:2:12: error: requires form a cycle: s0000 -> s0001 -> s0002 -> s0003 -> (5,992 "
                        + "more) -> s5996 -> s5997 -> s5998 -> s5999 -> s0000");
    }

    @Test
    void aSymbolicLinkOutOfTheContentIsNamedAtTheLinkThatUsesIt() throws java.io.IOException {
        Path root = TestSite.write("-- content/hosts.md --\n# Hosts\n\nSee [the hosts file](hosts.txt).\n");
        java.nio.file.Files.createSymbolicLink(root.resolve("content/hosts.txt"), Path.of("/etc/hosts"));
        TestSite.buildIn(root, b -> b.pdf(false)).assertFailed().assertProblemsBesidesPlanOutline(
                "content/hosts.md:3:5: error: link 'hosts.txt' is a symbolic link that leads outside the content "
                        + "folder; it is not published",
                "content/hosts.txt: error: links to a file outside the content folder; it is not published");
    }

    @Test
    void aPageNameTooLongForTheFileSystemIsAnErrorAtTheSectionNotTheOutputFolder() {
        String name = "a".repeat(252);
        TestSite.build("-- content/procedures/" + name + ".md --\n# Long\n-- content/named.md --\n---\nid: "
                + "b".repeat(251) + "\n---\n# Named\n", b -> b.pdf(false)).assertFailed()
                .assertProblemsBesidesPlanOutline(
                        "content/named.md:2:5: error: its page would be named '" + "b".repeat(60) + "...', 256 "
                                + "bytes: longer than file systems allow (255); give the section a shorter id",
                        "content/procedures/" + name + ".md:1:1: error: its page would be named '" + "a".repeat(60)
                                + "...', 257 bytes: longer than file systems allow (255); give the section a "
                                + "shorter id or file name");
    }

    /** Found by fuzzing: a heading in an MkDocs admonition's lazy body had no document above it. */
    @Test
    void aHeadingRightAfterAnAdmonitionOpenerBuilds() {
        TestSite site = TestSite.build("""
                -- content/a.md --
                # A
                !!! warning "W"
                text
                # Restore
                """).assertSucceeded();
        assertEquals(1, site.assertFile("a.html").html().select(".prose aside.admonition").size());
    }

    @Test
    void headingsNamedLikeTheLayoutsOwnIdsGetIdsOfTheirOwn() {
        TestSite site = TestSite.build("""
                -- content/a.md --
                # A
                ## Main
                ## Contacts
                See [contacts](#contacts).
                """).assertSucceeded();
        var page = site.assertFile("a.html").html();
        assertEquals(List.of("main-section", "contacts-section"), page.select(".prose h2").eachAttr("id"));
        List<String> ids = page.select("[id]").eachAttr("id");
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "every id once: " + ids);
        assertEquals("#contacts-section", page.select(".prose p a").attr("href"));
    }

    @Test
    void headingsWhoseIdsCollideWithEachOtherOrTheLayoutGetIdsOfTheirOwnOnEveryPage() {
        TestSite site = TestSite.build("""
                -- content/team.md --
                ---
                type: team
                ---
                # Team
                ## Verify
                ## Verify
                ## Verify
                ## Verify 1
                ## Verify 2
                ## Role ic
                ## Team contacts
                ## Contacts heading
                ## Checklist
                ## Main section
                ## Main
                - [ ] Verify {#verify}
                - [ ] Main section
                <p id="verify-3">raw</p>
                Footnote[^1].

                [^1]: A note.
                -- content/team.yml --
                roles:
                  - id: ic
                    phone: +1 555 0140
                    alternate: ic2
                  - id: ic2
                    phone: +1 555 0141
                    alternate: ic
                """).assertSucceeded();
        for (String page : List.of("team.html", "checklist.html", "index.html")) {
            List<String> ids = site.assertFile(page).html().select("[id]").eachAttr("id");
            List<String> repeated = ids.stream().filter(id -> java.util.Collections.frequency(ids, id) > 1)
                    .distinct().toList();
            assertEquals(List.of(), repeated, page + ": every id once");
        }
        assertEquals(List.of("verify", "verify-1", "verify-2", "verify-1-2", "verify-2-2", "role-ic-section",
                "team-contacts-section", "contacts-heading-section", "checklist-section", "main-section",
                "main-section-2"), site.assertFile("team.html").html().select(".prose h2").eachAttr("id"));
    }

    @Test
    void fileUrlsEmptyCrossReferencesAndSwallowedStepsAreReported() {
        TestSite.build("""
                -- content/a.md --
                # A
                [local](file:///home/me/runbook.pdf) ![shot](FILE:///C:/shot.png) [[]] [[|text]]
                - [ ] A real step
                <!-- a comment never closed
                - [ ] Hidden step one
                -- content/b.md --
                # B
                ```bash
                echo the fence is never closed
                - [ ] Hidden step two
                - [ ] Hidden step three
                """, b -> b.linkCheck(LinkCheck.WARN)).assertSucceeded().assertProblemsBesidesPlanOutline(
                "content/a.md:2:1: warning: link 'file:///home/me/runbook.pdf' points at a file on the author's "
                        + "computer, which is not in the bundle; copy it into the content folder and link it "
                        + "relatively",
                "content/a.md:2:38: warning: image 'FILE:///C:/shot.png' points at a file on the author's "
                        + "computer, which is not in the bundle; copy it into the content folder and link it "
                        + "relatively",
                "content/a.md:2:67: warning: empty cross-reference: write [[section-id]], [[section-id#anchor]] or "
                        + "[[@role]]",
                "content/a.md:2:72: warning: empty cross-reference: write [[section-id]], [[section-id#anchor]] or "
                        + "[[@role]]",
                "content/a.md:4:1: warning: this HTML comment is never closed (no -->), so it hides 1 step line "
                        + "below it",
                "content/b.md:2:1: warning: this code block is never closed (no closing ```), so it hides 2 step "
                        + "lines below it");
    }

    @Test
    void aliasedValuesAreQuotedShortAndReportedWhereUsed() {
        String x = "x".repeat(1000);
        TestSite site = TestSite.build("-- content/a.md --\n---\na: &a \"" + x + "\"\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "title: Fine\nrto: *a\ntags: *c\nid: *a\ntype: *a\n---\n# T\n").assertFailed();
        String sixty = "'" + "x".repeat(60) + "...'";
        assertEquals(List.of(
                "content/a.md:6:1: error: invalid rto " + sixty + ": expected a duration such as 30m, 4h, 1h30m, 2d or PT4H",
                "content/a.md:9:1: warning: unknown type " + sixty + ", treated as reference (known types: scope, "
                        + "data, dependencies, team, procedure, checklist, validation, return, reference)"),
                site.problems().stream().filter(p -> p.startsWith("content/a.md:6:") || p.startsWith("content/a.md:9:")).toList());
        assertEquals(List.of(), site.problems().stream().filter(p -> p.length() > 400).toList(), "every message short");
    }
}
