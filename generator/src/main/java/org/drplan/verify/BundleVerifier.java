package org.drplan.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drplan.diagnostics.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Stage 10: checks a written bundle the way a browser at the recovery site would meet it. Every relative URL of
 * every page must name a file inside the bundle, every {@code #anchor} of a link to a page must exist in that page,
 * and nothing a page loads (script, style, image, frame) may come from outside it. Problems are reported against
 * the bundle path of the page.
 */
public final class BundleVerifier {

    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");
    private static final String LOADED = "script[src], link[href], img[src], iframe[src], source[src], "
            + "video[src], audio[src], embed[src], object[data]";

    public void verify(Path bundle, Diagnostics diagnostics) {
        try (Stream<Path> walk = Files.walk(bundle)) {
            List<Path> pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            for (Path page : pages) {
                verifyPage(bundle, page, diagnostics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundle " + bundle + ": " + e, e);
        }
    }

    private void verifyPage(Path bundle, Path page, Diagnostics diagnostics) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Path shown = Path.of(bundle.relativize(page).toString());
        for (Element element : doc.select(LOADED)) {
            String url = url(element);
            if (EXTERNAL.matcher(url).matches() && !url.startsWith("data:")) {
                diagnostics.error(shown, 0, 0, "<" + element.tagName() + "> loads '" + url
                        + "' from outside the bundle; it would fail with no network");
            }
        }
        for (Element element : doc.select("a[href], " + LOADED)) {
            String url = url(element);
            if (url.isEmpty() || url.startsWith("#") || EXTERNAL.matcher(url).matches()) {
                continue;
            }
            String path = URLDecoder.decode(url.replaceAll("[?#].*", "").replace("+", "%2B"), StandardCharsets.UTF_8);
            Path target = page.getParent().resolve(path).normalize();
            if (!target.startsWith(bundle) || !Files.exists(target)) {
                diagnostics.error(shown, 0, 0, "<" + element.tagName() + "> points to '" + url
                        + "', which is not in the bundle");
            } else if (url.contains("#") && target.toString().endsWith(".html")) {
                checkAnchor(shown, element, url, target, diagnostics);
            }
        }
        for (Element element : doc.select("a[href^=#]")) {
            String url = element.attr("href");
            if (url.length() > 1 && !ids(doc).contains(decode(url.substring(1)))) {
                diagnostics.error(shown, 0, 0, "<a> points to '" + url + "', which is not on the page");
            }
        }
    }

    private void checkAnchor(Path shown, Element element, String url, Path target, Diagnostics diagnostics)
            throws IOException {
        String anchor = decode(url.substring(url.indexOf('#') + 1));
        if (anchor.isEmpty()) {
            return;
        }
        Set<String> ids = idsByPage.get(target);
        if (ids == null) {
            ids = ids(Jsoup.parse(target.toFile(), "UTF-8"));
            idsByPage.put(target, ids);
        }
        if (!ids.contains(anchor)) {
            diagnostics.error(shown, 0, 0, "<" + element.tagName() + "> points to '" + url
                    + "', whose page has no such anchor");
        }
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>(doc.select("[id]").eachAttr("id"));
        ids.addAll(doc.select("a[name]").eachAttr("name"));
        return ids;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String url(Element element) {
        for (String attribute : List.of("href", "src", "data")) {
            if (element.hasAttr(attribute)) {
                return element.attr(attribute).trim();
            }
        }
        return "";
    }
}
