package org.drplan.theme;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drplan.config.PlanSettings;
import org.drplan.content.Role;
import org.drplan.content.SectionIds;
import org.drplan.content.SectionMeta;
import org.drplan.links.LinkIndex;
import org.drplan.links.LinkedSection;
import org.drplan.markdown.RenderedSection;

/**
 * Stage 7: turns the rendered sections into the bundle's HTML pages (overview, one per section, checklist, search)
 * through the theme's templates. Every template gets {@code site}, {@code root} (the relative way back to the bundle root)
 * and {@code currentPath}; page templates get {@code page} or {@code groups} besides.
 */
public final class SitePages {

    private static final DateTimeFormatter BUILD_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** Parts with more sections than this show only a window of them in the sidebar (pages stay O(1) in size). */
    static final int NAV_LIMIT = 60;

    private final ThemeTemplates templates;

    public SitePages(ThemeTemplates templates) {
        this.templates = templates;
    }

    /** Bundle path to HTML, in a stable order. */
    /** @param roles the roles of {@code team.yml}, shown on the team section (see {@link LinkIndex#teamSection}) */
    public Map<String, String> render(List<LinkedSection> linked, List<Role> roles, PlanSettings settings,
                                      List<String> warnings) {
        String teamId = LinkIndex.teamSection(linked.stream().map(LinkedSection::rendered).toList())
                .map(RenderedSection::id).orElse(null);
        Map<String, LinkedSection> byId = new HashMap<>();
        linked.forEach(l -> byId.put(l.rendered().id(), l));
        List<RenderedSection> ordered = PlanOutline.inPlanOrder(linked.stream().map(LinkedSection::rendered).toList());
        Map<String, SectionSummary> summaries = new LinkedHashMap<>();
        Map<String, Integer> planPosition = new HashMap<>();
        for (RenderedSection section : ordered) {
            planPosition.put(section.id(), planPosition.size());
            summaries.put(section.id(), PlanOutline.summary(section));
        }
        SiteModel site = new SiteModel(settings.title(), SectionIds.slug(settings.title()), settings.organisation(),
                settings.version(),
                BUILD_DATE.format(settings.buildTime().atOffset(ZoneOffset.UTC)), settings.lang(),
                PlanOutline.groups(ordered), List.copyOf(warnings), ordered.size(),
                ordered.stream().mapToInt(s -> s.steps().size()).sum());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", templates.render("index.ftlh", model(site, "index.html", "index")));
        for (int i = 0; i < ordered.size(); i++) {
            RenderedSection section = ordered.get(i);
            Map<String, Object> model = model(site, section.section().outputPath(), "section");
            LinkedSection links = byId.get(section.id());
            String type = section.section().meta().type().key();
            model.put("navType", type);
            model.put("navIndex", positionInPart(ordered, i));
            model.put("page", sectionPage(section,
                    links.requires().stream().map(summaries::get).toList(),
                    links.referencedBy().stream().sorted(Comparator.comparing(planPosition::get))
                            .map(summaries::get).toList(),
                    section.id().equals(teamId) ? roles : List.of(),
                    i > 0 ? summaries.get(ordered.get(i - 1).id()) : null,
                    i < ordered.size() - 1 ? summaries.get(ordered.get(i + 1).id()) : null));
            pages.put(section.section().outputPath(), templates.render("section.ftlh", model));
        }
        Map<String, Object> checklist = model(site, "checklist.html", "checklist");
        checklist.put("groups", checklistGroups(ordered));
        pages.put("checklist.html", templates.render("checklist.ftlh", checklist));
        pages.put("search.html", templates.render("search.ftlh", model(site, "search.html", "search")));
        return pages;
    }

    private static Map<String, Object> model(SiteModel site, String path, String kind) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("root", LinkIndex.rootPrefix(path));
        model.put("currentPath", path);
        model.put("kind", kind);
        model.put("navLimit", NAV_LIMIT);
        return model;
    }

    private static int positionInPart(List<RenderedSection> ordered, int index) {
        var type = ordered.get(index).section().meta().type();
        int position = 0;
        for (int i = index - 1; i >= 0 && ordered.get(i).section().meta().type() == type; i--) {
            position++;
        }
        return position;
    }

    private static SectionPage sectionPage(RenderedSection rendered, List<SectionSummary> requires,
                                           List<SectionSummary> referencedBy, List<Role> roles,
                                           SectionSummary previous, SectionSummary next) {
        SectionMeta meta = rendered.section().meta();
        return new SectionPage(PlanOutline.summary(rendered), meta.type().heading(),
                rendered.pageHeading() != null ? rendered.pageHeading() : rendered.title(),
                rendered.html(), rendered.headings(), rendered.steps(), meta.tags(), meta.extra(), requires,
                referencedBy, roles, previous, next);
    }

    private static List<ChecklistGroup> checklistGroups(List<RenderedSection> ordered) {
        List<ChecklistGroup> groups = new ArrayList<>();
        for (RenderedSection section : ordered) {
            if (!section.steps().isEmpty()) {
                groups.add(new ChecklistGroup(PlanOutline.summary(section), section.steps()));
            }
        }
        return groups;
    }
}
