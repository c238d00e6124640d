package org.drplan.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.drplan.config.LinkCheck;
import org.drplan.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Runbooks imported from elsewhere ({@code src/test/resources/foreign-runbooks}, see its SOURCE.txt) build with
 * {@code linkCheck=warn}: every dangling link reported at its position, the bundle still made.
 */
class ForeignRunbooksTest {

    private static TestSite build() throws IOException {
        Path root = Files.createTempDirectory("drplan-foreign-");
        Path fixture = Path.of("src/test/resources/foreign-runbooks");
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path source : walk.toList()) {
                Path target = root.resolve("content").resolve(fixture.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return TestSite.buildIn(root, b -> b.linkCheck(LinkCheck.WARN));
    }

    @Test
    void everyDanglingLinkIsReportedAndTheBundleIsStillMade() throws IOException {
        TestSite site = build().assertSucceeded();

        List<String> dangling = site.problems().stream()
                .filter(p -> p.contains("not found") || p.contains("outside the content folder")).toList();
        assertEquals(List.of(
                "content/README.md:4:15: warning: link target 'alerts/' not found",
                "content/README.md:12:14: warning: link target 'CONTRIBUTING.md' not found",
                "content/alerts/High Error Rate.md:13:17: warning: link target '../deploys.md' not found",
                "content/alerts/High Error Rate.md:17:1: warning: image 'images/error-rate.png' not found",
                "content/alerts/cert-expiry.md:4:16: warning: link '../../pki/renew.md' points outside the content "
                        + "folder; it is not published",
                "content/alerts/disk-full.md:10:21: warning: link target '../scripts/cleanup.sh' not found",
                "content/on-call/index.md:20:14: warning: link target '../policies/escalation.md#sev1' not found",
                "content/on-call/index.md:25:40: warning: link target '../platform/logging.md' not found"),
                dangling);
        site.assertFile("readme.html").contains("href=\"alerts/high-error-rate.html\"",
                "class=\"broken-link\" title=\"Broken link: CONTRIBUTING.md\"");
        site.assertNoFile(".github/PULL_REQUEST_TEMPLATE.html");
    }

    @Test
    void foreignFrontMatterAdmonitionsAndRawHtmlRenderReadably() throws IOException {
        TestSite site = build().assertSucceeded();

        Document onCall = site.assertFile("on-call/index.html").html();
        assertEquals("1.5 On-call guide: the first 15 minutes", onCall.select("main h1").text());
        assertEquals(List.of("Important", "Warning"), onCall.select(".prose aside.admonition .admonition-title")
                .eachText());
        assertEquals("Do not restart the database primary without the DBA.",
                onCall.select(".prose aside.admonition-warning p:not(.admonition-title)").text());
        assertEquals("Where are the logs?", onCall.select(".prose details summary").text());
        assertEquals("oncall, pager", onCall.select(".tags li").text());

        Document alert = site.assertFile("alerts/high-error-rate.html").html();
        assertEquals("1.4 High error rate", alert.select("main h1").text());
        assertEquals(1, alert.select(".prose aside.admonition-warning").size());
        assertEquals("1.2 Disk full", site.assertFile("alerts/disk-full.html").html()
                .select(".sidebar a[aria-current=page]").text());
        site.assertFile("alerts/cert-expiry.html").contains("<img src=\"cert-flow.svg\"",
                "href=\"mailto:security@example.com\"");
        site.assertFile("alerts/empty.html");
    }
}
