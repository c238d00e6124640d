package org.drplan.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import org.drplan.url.Urls;

/**
 * What the print document loads (style sheet, images), served from the bundle's own files under the {@code bundle:}
 * scheme, so the PDF is made before anything is written and can load nothing from outside the bundle. An SVG drawing
 * is served with its text in outlines ({@link SvgTextOutlines}).
 */
final class BundleResources implements FSStreamFactory {

    static final String SCHEME = "bundle";
    /** The print document's own address: relative URLs in it resolve against the bundle root. */
    static final String BASE = SCHEME + ":/plan.pdf";

    private final Map<String, byte[]> files;
    private final SvgTextOutlines outlines;
    private final UnaryOperator<String> styles;
    private final Set<String> missing = new LinkedHashSet<>();

    BundleResources(Map<String, byte[]> files, SvgTextOutlines outlines) {
        this(files, outlines, UnaryOperator.identity());
    }

    /** @param styles what becomes of a style sheet's text before the renderer reads it (see {@link PartStyles}) */
    BundleResources(Map<String, byte[]> files, SvgTextOutlines outlines, UnaryOperator<String> styles) {
        this.files = files;
        this.outlines = outlines;
        this.styles = styles;
    }

    @Override
    public FSStream getUrl(String uri) {
        String path = Urls.decode(URI.create(uri).getRawPath()).replaceFirst("^/+", "");
        byte[] file = files.get(path);
        if (file == null) {
            missing.add(path);
        }
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        byte[] bytes = file == null ? null
                : lower.endsWith(".svg") ? SvgDrawing.outlinedBytes(path, file, outlines)
                : lower.endsWith(".css") ? styles.apply(new String(file, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)
                : file;
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    /** Bundle paths the document asked for that the bundle does not have. */
    Set<String> missing() {
        return missing;
    }
}
