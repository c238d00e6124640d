package org.drplan.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drplan.content.Bridge;
import org.drplan.content.EscalationLevel;
import org.drplan.content.Role;
import org.drplan.content.TeamFile;
import org.drplan.links.LinkTarget;

/**
 * The recovery team: what {@code team.yml} says and the section that shows it (contact cards, bridge, escalation).
 *
 * @param file      empty when the plan has no {@code team.yml} (then role ids cannot be checked)
 * @param sectionId the first section of type team, in source order (generated from team.yml when the plan has
 *                  none of its own), if any
 * @param links     the targets of the file's URLs by key ({@code bridge.video_url}), checked
 */
public record Team(Optional<TeamFile> file, Optional<String> sectionId, Map<String, LinkTarget> links) {

    public Team {
        links = Map.copyOf(links);
    }

    /** The URL a page may link for {@code key}; empty when the file gives none or it leads nowhere. */
    public Optional<String> href(String key) {
        return Optional.ofNullable(links.get(key)).filter(t -> t.kind() == LinkTarget.Kind.EXTERNAL)
                .map(LinkTarget::url);
    }

    /** The roles, or empty when the plan has no {@code team.yml}. */
    public Optional<List<Role>> roles() {
        return file.map(TeamFile::roles);
    }

    public Optional<Role> role(String id) {
        return file.flatMap(f -> f.role(id));
    }

    public Optional<Bridge> bridge() {
        return file.map(TeamFile::bridge);
    }

    public List<EscalationLevel> escalation() {
        return file.map(TeamFile::escalation).orElse(List.of());
    }
}
