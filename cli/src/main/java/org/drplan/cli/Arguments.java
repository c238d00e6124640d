package org.drplan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command line cut into its options ({@code --name value}, {@code --name=value}, or {@code --flag} alone for a
 * switch) and its operands. An option not known to the command is a {@link WrongUse}.
 */
final class Arguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> operands = new ArrayList<>();

    Arguments(List<String> words, Set<String> valued, Set<String> switches) throws WrongUse {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--") || word.equals("--")) {
                operands.add(word);
                continue;
            }
            int equals = word.indexOf('=');
            String name = word.substring(2, equals < 0 ? word.length() : equals);
            if (switches.contains(name)) {
                options.put(name, equals < 0 ? "true" : word.substring(equals + 1));
            } else if (valued.contains(name)) {
                if (equals >= 0) {
                    options.put(name, word.substring(equals + 1));
                } else if (i + 1 < words.size()) {
                    options.put(name, words.get(++i));
                } else {
                    throw new WrongUse("--" + name + " needs a value");
                }
            } else {
                throw new WrongUse("unknown option --" + name);
            }
        }
    }

    String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    /** A switch's value: {@code --strict}, {@code --strict=true} or {@code --strict=false}. */
    boolean flag(String name, boolean otherwise) throws WrongUse {
        String value = options.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new WrongUse("--" + name + " is true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    /** The one operand the command takes. */
    String operand(String what) throws WrongUse {
        if (operands.size() != 1) {
            throw new WrongUse(operands.isEmpty() ? "missing " + what : "one " + what + " only, not " + operands);
        }
        return operands.get(0);
    }

    /** The operand, or {@code otherwise} when none is given. */
    String operandOr(String what, String otherwise) throws WrongUse {
        return operands.isEmpty() ? otherwise : operand(what);
    }

    /** The command line was wrong: exit code 2 with the reason and a pointer to --help. */
    static final class WrongUse extends Exception {
        WrongUse(String message) {
            super(message);
        }
    }
}
