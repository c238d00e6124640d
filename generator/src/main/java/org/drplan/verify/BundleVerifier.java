package org.drplan.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drplan.diagnostics.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Stage 10: checks a written bundle the way a browser at the recovery site would meet it. Every relative URL of
 * every page must name a file inside the bundle, and nothing a page loads (script, style, image, frame) may come
 * from outside it. Problems are reported against the bundle path of the page.
 */
public final class BundleVerifier {

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
            }
        }
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
