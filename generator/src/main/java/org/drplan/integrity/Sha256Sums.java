package org.drplan.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundle's {@code SHA256SUMS}: every other file with its SHA-256, one per line, sorted by path, in GNU coreutils'
 * format ({@code <hash>  <path>}), so that {@code sha256sum -c SHA256SUMS} checks a copy. A path with a backslash or
 * a line break is written the GNU way: the line starts with a backslash and the two are escaped.
 */
public final class Sha256Sums {

    public static final String FILE_NAME = "SHA256SUMS";

    private static final Pattern LINE = Pattern.compile("(\\\\?)([0-9a-fA-F]{64}) [ *](.+)");

    /** One line: a file and its SHA-256 in lower-case hex. */
    public record Entry(String path, String sha256) {
    }

    /** What a manifest file says, and the lines that could not be read (1-based line numbers with the reason). */
    public record Parsed(List<Entry> entries, List<String> problems) {
    }

    private Sha256Sums() {
    }

    /** @param hashes each file's SHA-256 by its path with {@code /} separators */
    public static String format(Map<String, String> hashes) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(hashes).forEach((path, hash) -> {
            boolean escape = path.indexOf('\\') >= 0 || path.indexOf('\n') >= 0;
            text.append(escape ? "\\" : "").append(hash).append("  ")
                    .append(escape ? path.replace("\\", "\\\\").replace("\n", "\\n") : path).append('\n');
        });
        return text.toString();
    }

    public static Parsed parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add("line " + (i + 1) + ": not '<SHA-256>  <file>'");
                continue;
            }
            String path = m.group(1).isEmpty() ? m.group(3) : unescape(m.group(3));
            entries.add(new Entry(path, m.group(2).toLowerCase(java.util.Locale.ROOT)));
        }
        return new Parsed(entries, problems);
    }

    private static String unescape(String path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                char next = path.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
