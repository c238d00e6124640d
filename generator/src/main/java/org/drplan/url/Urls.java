package org.drplan.url;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The URL rules every stage shares: what counts as a link out of the bundle, how a written URL is decoded to a path,
 * and how a relative URL between two bundle paths is written.
 */
public final class Urls {

    /** {@code https:}, {@code mailto:}, {@code tel:}, ... or a network-path reference ({@code //host/x}). */
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*", Pattern.DOTALL);

    /** Schemes a runbook may link to on purpose; any other close to a common one is taken for a typo. */
    private static final java.util.Set<String> KNOWN_SCHEMES = java.util.Set.of("http", "https", "mailto", "tel",
            "ftp", "ftps", "sftp", "ssh", "file", "data", "irc", "ircs", "news", "slack", "msteams", "zoommtg",
            "sip", "sips", "callto", "skype", "webcal", "git", "vnc", "rdp", "smb", "ldap", "ldaps", "urn", "s3",
            "javascript", "about", "chrome", "vscode", "jdbc", "postgres", "postgresql", "mysql", "redis", "mongodb");
    private static final java.util.Set<String> COMMON_SCHEMES = java.util.Set.of("http", "https", "mailto", "tel");

    private Urls() {
    }

    /** For {@code ttps://x}: {@code https}, the scheme the author probably meant; empty for a known scheme. */
    public static java.util.Optional<String> mistypedScheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || !isExternal(url)) {
            return java.util.Optional.empty();
        }
        String scheme = url.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        if (KNOWN_SCHEMES.contains(scheme)) {
            return java.util.Optional.empty();
        }
        return COMMON_SCHEMES.stream().filter(c -> org.drplan.diagnostics.Suggestions.distance(scheme, c) == 1)
                .sorted().findFirst();
    }

    private static final Pattern SCRIPTING = Pattern.compile("^(javascript|vbscript|livescript):.*|^data:(?!image/).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * Whether following the URL runs code: {@code javascript:} (in any case, with the spaces and control characters
     * browsers ignore), {@code vbscript:}, or a {@code data:} URL that is not an image.
     */
    public static boolean isScripting(String url) {
        return SCRIPTING.matcher(url.replaceAll("[\\x00-\\x20]", "")).matches();
    }

    /** Whether the URL carries its content itself ({@code data:}), so that nothing is loaded to follow it. */
    public static boolean isData(String url) {
        return url.regionMatches(true, 0, "data:", 0, 5);
    }

    /** Whether the URL leaves the bundle: it names a scheme or a host. */
    public static boolean isExternal(String url) {
        return EXTERNAL.matcher(url.trim()).matches();
    }

    /**
     * Percent-decodes a URL path or fragment. A {@code +} stays a plus (it is not a space in a path), and a {@code %}
     * not followed by two hex digits stays a literal {@code %}, as browsers treat it.
     */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        byte[] out = new byte[text.length() * 4];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                out[length++] = (byte) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                System.arraycopy(bytes, 0, out, length, bytes.length);
                length += bytes.length;
            }
        }
        return new String(out, 0, length, StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** The relative URL from the page at {@code fromPath} to {@code toPath}, both relative to the bundle root. */
    public static String relative(String fromPath, String toPath) {
        String[] from = fromPath.split("/");
        String[] to = toPath.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < to.length; i++) {
            out.append(encodeSegment(to[i]));
            if (i < to.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }

    /** The prefix that leads from the page at {@code pagePath} back to the bundle root ({@code ""} or {@code ../..}). */
    public static String rootPrefix(String pagePath) {
        return "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
    }

    /** One path segment as it must be written in a URL. */
    public static String encodeSegment(String segment) {
        return segment.replace("%", "%25").replace(" ", "%20").replace("#", "%23").replace("?", "%3F");
    }
}
