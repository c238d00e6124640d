package org.drplan.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.drplan.build.SiteBuilder;
import org.drplan.config.BuildConfig;
import org.drplan.plan.Plan;
import org.drplan.plan.PlanSection;
import org.drplan.render.LinkStyle;
import org.drplan.render.PageLinks;
import org.drplan.render.SectionHtmlRenderer;

/**
 * The plan model of a tiny site written from one text block (see {@link TestSite#write}), for tests of the stages
 * before any page is written: parsing, links, steps, rendering with either link style.
 */
public final class TestPlan {

    private static final SectionHtmlRenderer RENDERER = new SectionHtmlRenderer();

    private final Plan plan;
    private final List<String> problems;

    private TestPlan(Plan plan, List<String> problems) {
        this.plan = plan;
        this.problems = problems;
    }

    public static TestPlan of(String files) {
        return of(files, UnaryOperator.identity());
    }

    public static TestPlan of(String files, UnaryOperator<BuildConfig.Builder> adjust) {
        Path root = TestSite.write(files);
        SiteBuilder builder = new SiteBuilder(adjust.apply(BuildConfig.forTest(root).toBuilder()).build());
        Plan plan = builder.modelPlan().orElseThrow(() -> new AssertionError(
                "no plan: " + builder.problems()));
        return new TestPlan(plan, builder.problems().stream().map(p -> p.format(root)).toList());
    }

    public Plan plan() {
        return plan;
    }

    /** The problems found, javac-style, paths relative to the site's root. */
    public List<String> problems() {
        return problems;
    }

    public PlanSection section(String id) {
        return plan.require(id);
    }

    /** The section's body as its own page in the bundle shows it. */
    public String body(String id) {
        return body(id, PageLinks.sectionPage(plan, section(id).outputPath()));
    }

    public String body(String id, LinkStyle style) {
        return RENDERER.body(plan, section(id), style);
    }

    public SectionHtmlRenderer renderer() {
        return RENDERER;
    }
}
