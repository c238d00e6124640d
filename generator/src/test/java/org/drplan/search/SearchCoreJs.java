package org.drplan.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The search core (assets/search-core.js) in GraalJS with lunr.js and a plan's search files, all loaded at once: the
 * rules of reading and ranking a query, with none of the page's loading and showing.
 */
final class SearchCoreJs implements AutoCloseable {

    private final Context js;

    SearchCoreJs(Map<String, String> searchFiles) {
        js = Context.newBuilder("js").allowAllAccess(false).option("engine.WarnInterpreterOnly", "false").build();
        js.eval("js", new String(LunrLibrary.browserScript(), StandardCharsets.UTF_8));
        js.eval("js", theme("drplan/theme/assets/search-core.js"));
        js.eval("js", "var files = {}; var drplanSearch = { load: function (name, data) { files[name] = data; } };");
        searchFiles.values().forEach(text -> js.eval("js", text));
        js.eval("js", """
                var core = drplanSearchCore;
                var searcher = files.index
                    && core.searcher(files.index, lunr, function (name) { return files[name]; });
                function search(text) {
                  var query = searcher.analyse(text);
                  searcher.typoChunksFor(query);
                  var ranked = searcher.rank(query);
                  return searcher.results(query, ranked, 1000);
                }
                function titles(text) {
                  return search(text).hits.map(function (h) { return h.t; }).join(' | ');
                }
                """);
    }

    /** The core alone, with no index. */
    SearchCoreJs() {
        this(Map.of());
    }

    String eval(String expression) {
        return js.eval("js", expression).toString();
    }

    Value value(String expression) {
        return js.eval("js", expression);
    }

    List<String> strings(String expression, Object... arguments) {
        Value result = js.eval("js", expression).execute(arguments);
        return java.util.stream.LongStream.range(0, result.getArraySize())
                .mapToObj(i -> result.getArrayElement(i).asString()).toList();
    }

    @Override
    public void close() {
        js.close();
    }

    private static String theme(String resource) {
        try (InputStream in = SearchCoreJs.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
