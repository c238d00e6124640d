package org.drplan.imported;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.drplan.config.LinkCheck;
import org.drplan.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Runbooks written for GitHub, GitLab, MkDocs or Jekyll, built with {@code linkCheck=warn}, read as their authors
 * meant: one fixture per pattern, written for this test.
 */
class ImportedRunbookPatternsTest {

    private static TestSite build(String files) {
        return TestSite.build(files, b -> b.linkCheck(LinkCheck.WARN)).assertSucceeded();
    }

    @Test
    void aStrayPercentSignIsALiteralPercentAndTheLinkIsReportedWhereItIs() {
        build("""
                -- content/capacity.md --
                # Capacity
                Disk at [full](100%), see [x](alerts.md#50%) and <a href="b%zz.md">raw</a>.
                -- content/alerts.md --
                # Alerts
                """).assertProblemsBesidesPlanOutline(
                "content/capacity.md:2:9: warning: link target '100%' not found",
                "content/capacity.md:2:27: warning: anchor '#50%' not found in 'alerts'",
                "content/capacity.md:2:59: warning: link target 'b%zz.md' not found");
    }

    @Test
    void titlesComeFromAnyHeadingThenTheFileNameThenTheFolder() {
        TestSite site = build("""
                -- content/incident_commander.md --
                What the incident commander does.
                -- content/frontend/README.md --
                How to recover the web front end.
                -- content/backend/README.md --
                ## Backend recovery
                Restore the API first.
                -- content/api/overview.md --
                # Overview
                -- content/web/overview.md --
                # Overview
                """);
        assertEquals("Incident commander", h1(site, "incident_commander.html"));
        assertEquals("Frontend", h1(site, "frontend/readme.html"));
        assertEquals("Backend recovery", h1(site, "backend/readme.html"));
        assertEquals(List.of(), site.assertFile("backend/readme.html").html().select(".prose h2").eachText(),
                "the heading that gave the title is not shown twice");
        assertEquals(List.of("Overview (api)", "Overview (web)"), site.assertFile("index.html").html()
                .select(".sidebar a").eachText().stream().filter(t -> t.contains("Overview ("))
                .map(t -> t.replaceFirst("^[0-9.]+ ", "")).toList());
        assertEquals("Overview", h1(site, "api/overview.html"), "the page itself keeps its title");
    }

    @Test
    void theTitleHeadingShowsOnceAfterCommentsTocMarkersOrABoldLine() {
        TestSite site = build("""
                -- content/a.md --
                <!-- generated from the wiki -->
                [[_TOC_]]

                # Restore the queue
                ## Steps
                -- content/b.md --
                **Status: reviewed 2024**

                # Fail over DNS
                Text.
                """);
        Document a = site.assertFile("a.html").html();
        assertEquals("Restore the queue", h1(site, "a.html"));
        assertEquals(1, a.select("h1").size());
        assertEquals(List.of("Steps"), a.select(".prose h2").eachText().stream().map(t -> t.replace("#", "")).toList());
        assertEquals("", a.select(".prose p").text(), "the TOC marker is gone");
        Document b = site.assertFile("b.html").html();
        assertEquals("Fail over DNS", h1(site, "b.html"));
        assertEquals(1, b.select("h1").size());
        assertEquals("Status: reviewed 2024 Text.", b.select(".prose p").text());
    }

    @Test
    void aTemplateHeadingNeverBecomesTheTitleAndTemplateCodeIsReportedOncePerFile() {
        TestSite site = build("""
                -- content/erb.md --
                ---
                title: Rotate the certificates
                ---
                # <%= current_page.data.title %>

                Run {% include rotate.sh %} then {{ page.next }}.
                -- content/liquid.md --
                # {{ page.title }}
                Text.
                """);
        assertEquals("Rotate the certificates", h1(site, "erb.html"));
        assertEquals("Liquid", h1(site, "liquid.html"));
        site.assertProblemsBesidesPlanOutline(
                "content/erb.md:6:5: warning: unrendered template syntax '{% include rotate.sh %}': drplan runs no "
                        + "Liquid, ERB or Hugo templates, so the page shows it as written");
    }

    @Test
    void linksResolveAsGithubAndGitlabResolveThem() {
        TestSite site = build("""
                -- content/logging/README.md --
                # Logging
                ## elastic_indexer_worker.rb
                -- content/ops/Page-Name.md --
                # Page name
                [folder](../logging/) [folder anchor](../logging#elastic_indexer_workerrb)
                [own title](#page-name) [html case](Page-Name.html) [jekyll]({{ site.baseurl }}{% link logging/README.md %})
                [typo](ttps://example.com/runbook)
                [ref][r] and again [ref][r]

                [r]: missing.md
                """);
        Document page = site.assertFile("ops/page-name.html").html();
        assertEquals(List.of("../logging/readme.html", "../logging/readme.html#elastic-indexer-workerrb",
                "page-name.html", "page-name.html", "../logging/readme.html"),
                page.select(".prose a[href]").eachAttr("href").subList(0, 5));
        site.assertProblemsBesidesPlanOutline(
                "content/ops/Page-Name.md:4:1: warning: link 'ttps://example.com/runbook' has the unknown scheme "
                        + "'ttps:' (did you mean 'https:'?)",
                "content/ops/Page-Name.md:5:1: warning: link target 'missing.md' not found",
                "content/ops/Page-Name.md:5:20: warning: link target 'missing.md' not found");
    }

    @Test
    void headingIdsWrittenForMkdocsLandAndPlaceholdersAreNotTemplateCode() {
        TestSite site = build("""
                -- content/roles.md --
                # Roles
                ## Executive Swoop - Overriding the IC
                Set the host to {{EC2PrivateDNSName}}.
                -- content/training.md --
                # Training
                See [swoop](roles.md#executive-swoop-overriding-the-ic).
                """);
        site.assertProblemsBesidesPlanOutline();
        assertEquals("roles.html#executive-swoop---overriding-the-ic",
                site.assertFile("training.html").html().select(".prose a").attr("href"));
    }

    @Test
    void twoIdenticalBrokenLinksInOneHtmlBlockAreTwoMessages() {
        build("""
                -- content/a.md --
                # A
                <p><a href="gone.md">one</a> <a href="gone.md">two</a></p>
                """).assertProblemsBesidesPlanOutline(
                "content/a.md:2:13: warning: link target 'gone.md' not found",
                "content/a.md:2:39: warning: link target 'gone.md' not found");
    }

    @Test
    void theOverviewSummarisesWarningsAtTheTopListsThemAfterThePlanAndKeepsFolders() {
        StringBuilder files = new StringBuilder();
        for (int i = 1; i <= 70; i++) {
            files.append("-- content/").append(i <= 40 ? "api" : "web").append(String.format("/page-%02d.md --%n", i))
                    .append(String.format("# Page %02d%n", i)).append(i % 10 == 0 ? "![x](gone.png)\n" : "")
                    .append(i == 5 ? "[a](nowhere.md)\n" : "");
        }
        TestSite site = build(files.toString());
        Document overview = site.assertFile("index.html").html();
        assertEquals("9 build warnings: 7 images not found, 1 plan outline warning, 1 link target not found.",
                overview.select(".health .warning-summary").text());
        assertEquals("#build-warnings", overview.select(".warning-summary a").attr("href"));
        assertEquals(9, overview.select("section.warnings li").size());
        assertEquals(List.of("glance-heading", "build-warnings"), overview.select("h2[id]").eachAttr("id").stream()
                .filter(id -> !id.equals("health-heading")).toList(), "the list comes after the plan");
        assertEquals(List.of("Api", "Web"), overview.select("[data-view-of=plan] .folder-row th").eachText());

        Document page = site.assertFile("web/page-50.html").html();
        assertEquals(List.of("Api", "Web"), page.select(".sidebar .nav-folder").eachText(),
                "the sidebar's window of a large part keeps the folder headings");
        assertEquals(31, page.select(".sidebar li").size());
    }

    private static String h1(TestSite site, String page) {
        return site.assertFile(page).html().select("main h1").text().replaceFirst("^[0-9.]+ ", "");
    }
}
