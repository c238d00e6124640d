package org.drplan.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.drplan.audience.Edition;
import org.drplan.config.LinkCheck;
import org.drplan.config.PlanSettings;
import org.drplan.content.ContentFiles;
import org.drplan.content.SectionType;
import org.drplan.content.SourceFile;
import org.drplan.content.TeamFile;
import org.drplan.diagnostics.Diagnostics;
import org.drplan.links.CrossLinker;
import org.drplan.links.LinkIndex;
import org.drplan.links.RequiresChecker;
import org.drplan.links.SectionLinks;
import org.drplan.links.YamlLinkChecker;
import org.drplan.markdown.ParsedSection;

/**
 * Stage 5: models the plan from the parsed sections, the team and the settings: plan order and numbers, every link
 * resolved (and reported where it is written), requirements checked, backlinks, steps with their numbers, owners.
 */
public final class PlanBuilder {

    private final LinkCheck linkCheck;

    public PlanBuilder(LinkCheck linkCheck) {
        this.linkCheck = linkCheck;
    }

    /**
     * @param parsed  the sections of the edition in source order (sorted by path)
     * @param edition what the bundle's audience gets: its team ({@code team.yml}, or empty when the plan has none),
     *                and the sections it does not get
     * @param leftOut  those sections and the restricted blocks, parsed: the files only they link to are left out too
     */
    public Plan build(PlanSettings settings, List<ParsedSection> parsed, Edition edition,
                      List<ParsedSection> leftOut, ContentFiles files, Diagnostics diagnostics) {
        List<SourceFile> assets = files.assets();
        Optional<TeamFile> teamFile = edition.team();
        Optional<ParsedSection> teamSection = parsed.stream()
                .filter(s -> s.section().meta().type() == SectionType.TEAM).findFirst();
        LinkIndex index = new LinkIndex(parsed, edition.withheld(), assets, files.leaving(), teamFile, teamSection);
        Team team = new Team(teamFile, teamSection.map(ParsedSection::id), new YamlLinkChecker(index, linkCheck)
                .check(teamFile.map(TeamFile::links).orElse(List.of()), diagnostics));
        Map<String, List<String>> requires = new RequiresChecker(index).check(parsed, diagnostics);
        CrossLinker linker = new CrossLinker(index, linkCheck);
        Map<String, SectionLinks> links = parsed.parallelStream()
                .collect(Collectors.toConcurrentMap(ParsedSection::id, section -> linker.link(section, diagnostics)));
        List<ParsedSection> ordered = PlanOrder.inPlanOrder(parsed);
        Map<String, List<String>> referencedBy = new HashMap<>();
        for (ParsedSection section : ordered) {
            for (String target : links.get(section.id()).linkedIds()) {
                referencedBy.computeIfAbsent(target, t -> new ArrayList<>()).add(section.id());
            }
        }
        Map<String, String> labels = SectionLabels.of(ordered);
        Map<SectionType, List<PlanSection>> byPart = new LinkedHashMap<>();
        List<PlanSection> sections = new ArrayList<>();
        for (ParsedSection section : ordered) {
            List<PlanSection> part = byPart.computeIfAbsent(section.section().meta().type(), t -> new ArrayList<>());
            String number = byPart.size() + "." + (part.size() + 1);
            SectionLinks sectionLinks = links.get(section.id());
            String owner = section.section().meta().owner();
            PlanSection planSection = new PlanSection(section, number, StepTree.of(section, sectionLinks, number),
                    requires.getOrDefault(section.id(), List.of()),
                    referencedBy.getOrDefault(section.id(), List.of()),
                    owner == null ? Optional.empty() : team.role(owner), sectionLinks, labels.get(section.id()));
            part.add(planSection);
            sections.add(planSection);
        }
        List<PlanPart> parts = new ArrayList<>();
        byPart.forEach((type, members) ->
                parts.add(new PlanPart(type, parts.size() + 1, members, PlanOrder.folders(members))));
        return new Plan(settings, sections, parts, team, PublishedAssets.of(assets, leftOut, index, links.values()),
                edition.restricted());
    }
}
