package org.drplan.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.drplan.content.SectionType;
import org.drplan.content.SourcePosition;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.markdown.Heading;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;

/**
 * A testing-and-validation section answers the seven questions ({@link ValidationQuestion}) in its
 * {@code validation:} map or, without one, in its headings; each one left unanswered is warned about.
 */
final class ValidationCheck {

    private ValidationCheck() {
    }

    static void check(Plan plan, Diagnostics diagnostics, List<String> findings) {
        for (PlanSection section : plan.sections()) {
            if (section.type() != SectionType.VALIDATION) {
                continue;
            }
            Map<String, Object> answers = section.meta().validation();
            List<ValidationQuestion> open = section.parsed().memo().get(ValidationCheck.class,
                    () -> unanswered(section));
            SourcePosition at = section.meta().position(answers != null ? "validation" : "type")
                    .orElse(SourcePosition.START);
            for (ValidationQuestion question : open) {
                diagnostics.warning(section.source().path(), at.line(), at.column(), answers != null
                        ? "'validation' does not answer '" + question.key() + "' (" + question.label() + ")"
                        : "testing and validation does not answer '" + question.key() + "' (" + question.label()
                        + "): give it in 'validation:' or under a heading");
            }
            if (!open.isEmpty()) {
                findings.add(section.title() + " leaves " + open.size() + " of the "
                        + ValidationQuestion.values().length + " testing questions unanswered: "
                        + String.join(", ", open.stream().map(q -> q.label().toLowerCase(java.util.Locale.ROOT))
                        .toList()) + ".");
            }
        }
    }

    /** The questions the section leaves open; the same for as long as its tree is kept (a preview). */
    private static List<ValidationQuestion> unanswered(PlanSection section) {
        Map<String, Object> answers = section.meta().validation();
        List<ValidationQuestion> open = new ArrayList<>();
        for (ValidationQuestion question : ValidationQuestion.values()) {
            boolean answered = answers != null ? ValidationQuestion.isAnswer(answers.get(question.key()))
                    : section.headings().stream().map(Heading::text).anyMatch(question::answeredBy);
            if (!answered) {
                open.add(question);
            }
        }
        return List.copyOf(open);
    }
}
