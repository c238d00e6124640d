package org.drplan.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What later stages work out from one parsed section alone (its heading aliases, the text of a step with no
 * cross-reference), kept with the section: a tree is never changed once parsed, so the preview server's successive
 * builds, which keep the trees of unchanged files, keep this as well. Not part of the section's value: any two
 * memos are equal.
 */
public final class SectionMemo {

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    /** The value kept under {@code key} (a flexmark node is its own key), worked out by {@code work} the first time. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> work) {
        Object value = values.get(key);
        if (value == null) {
            value = work.get();
            values.putIfAbsent(key, value);
        }
        return (T) value;
    }

    /** Keeps a value worked out for {@code key} (when the caller knew only afterwards that it could be kept). */
    public void put(Object key, Object value) {
        values.putIfAbsent(key, value);
    }

    /** The value kept under {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public <T> T kept(Object key) {
        return (T) values.get(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectionMemo;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
