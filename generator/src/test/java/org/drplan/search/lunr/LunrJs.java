package org.drplan.search.lunr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.drplan.json.JsonText;
import org.drplan.search.LunrLibrary;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * lunr.js (the minified build the bundle carries) in GraalJS, for asking lunr itself what one of its steps does.
 * Inputs go in as one JSON text per call (the interpreter is slow; one call per word would be slower still).
 */
final class LunrJs {

    private static LunrJs shared;

    private final Context context;

    /** One lunr.js for every test class of the run (loading it takes a second); the tests use it one at a time. */
    static synchronized LunrJs shared() {
        if (shared == null) {
            shared = new LunrJs();
        }
        return shared;
    }

    LunrJs() {
        context = Context.newBuilder("js").allowAllAccess(false).option("engine.WarnInterpreterOnly", "false")
                .build();
        context.eval("js", new String(LunrLibrary.browserScript(), StandardCharsets.UTF_8));
    }

    Value eval(String script) {
        return context.eval("js", script);
    }

    /** {@code function} (JavaScript source taking a string, returning a string) applied to each input. */
    List<String> map(String function, List<String> inputs) {
        Value results = context.eval("js", "(function (json) { return JSON.parse(json).map(" + function + "); })")
                .execute(json(inputs));
        List<String> out = new ArrayList<>();
        for (long i = 0; i < results.getArraySize(); i++) {
            out.add(results.getArrayElement(i).asString());
        }
        return out;
    }

    /** {@code function} (JavaScript source taking a string, returning an array of strings) applied to each input. */
    List<List<String>> mapToLists(String function, List<String> inputs) {
        Value results = context.eval("js", "(function (json) { return JSON.parse(json).map(" + function + "); })")
                .execute(json(inputs));
        List<List<String>> out = new ArrayList<>();
        for (long i = 0; i < results.getArraySize(); i++) {
            Value list = results.getArrayElement(i);
            List<String> strings = new ArrayList<>();
            for (long j = 0; j < list.getArraySize(); j++) {
                strings.add(list.getArrayElement(j).asString());
            }
            out.add(strings);
        }
        return out;
    }

    static String json(List<String> strings) {
        return strings.stream().map(JsonText::quote).collect(Collectors.joining(",", "[", "]"));
    }
}
