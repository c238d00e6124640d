package org.drplan.url;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs a piece of CSS loads ({@code url(...)} and {@code @import "..."}), with where each is written, so that a
 * stylesheet, a {@code <style>} element or a {@code style} attribute that fetches from the network can be reported.
 */
public final class CssUrls {

    private static final Pattern URL = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3", Pattern.CASE_INSENSITIVE);

    /** One URL and the offset in the CSS where it starts. */
    public record Found(String url, int offset) {
    }

    private CssUrls() {
    }

    public static List<Found> in(String css) {
        List<Found> found = new ArrayList<>();
        Matcher m = URL.matcher(css);
        while (m.find()) {
            int group = m.group(2) != null ? 2 : 4;
            found.add(new Found(m.group(group).trim(), m.start(group)));
        }
        return found;
    }

    /** The URLs of {@link #in} that leave the bundle ({@code data:} ones carry their bytes and stay). */
    public static List<Found> external(String css) {
        return in(css).stream().filter(f -> Urls.isExternal(f.url()) && !Urls.isData(f.url()))
                .toList();
    }
}
