package org.drplan.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.config.PlanDuration;

/**
 * The typed front-matter of one section (see PRODUCT.md). Optional values are null when absent.
 *
 * @param title      the front-matter title; null when the page takes it from its first heading or file name
 * @param extra      keys drplan does not know, for templates ({@code page.meta.KEY}), in source order
 * @param positions  where each front-matter key's value was written, for later checks; items of a list value
 *                   under {@code key/index}, e.g. {@code requires/0}
 * @param restricted {@code audience: restricted}: the section is left out of a shareable bundle
 */
public record SectionMeta(
        String title,
        String id,
        SectionType type,
        Integer order,
        String owner,
        PlanDuration rto,
        PlanDuration rpo,
        PlanDuration estimate,
        List<String> requires,
        List<String> tags,
        LocalDate reviewed,
        Map<String, Object> validation,
        Map<String, Object> extra,
        Map<String, SourcePosition> positions,
        boolean restricted) {

    public SectionMeta {
        requires = List.copyOf(requires);
        tags = List.copyOf(tags);
        validation = validation == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(validation));
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        positions = Map.copyOf(positions);
    }

    public Optional<SourcePosition> position(String key) {
        return Optional.ofNullable(positions.get(key));
    }

    /** Where item {@code index} of list {@code key} was written, else the key's value, else the file's start. */
    public SourcePosition itemPosition(String key, int index) {
        return position(key + "/" + index).or(() -> position(key)).orElse(SourcePosition.START);
    }
}
