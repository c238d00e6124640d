package org.drplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a plan of N sections that looks like a real one to the pipeline and to a reader's search: every part of a
 * continuity plan, procedures in a sub-folder, 400-800 words of prose per section from an operations vocabulary, a
 * table of hosts, 5-15 task steps (some nested, some notifications and milestones), code, relative and
 * {@code [[id]]} links (some to a heading every section has, "Prepare"), {@code requires}, owners, and a {@code team.yml} whose roles the sections
 * link to. Seeded: the same N gives the same plan, byte for byte.
 */
public final class SyntheticPlan {

    private static final String[] WORDS = ("restore database replica primary failover backup verify check service "
            + "network firewall certificate rotate credential vault bridge escalate notify incident commander owner "
            + "latency replication snapshot storage bucket retention encryption key application tier load balancer "
            + "health endpoint monitoring alert paging rollback deploy release queue worker cache session token "
            + "directory identity provider mail relay dns record ttl zone registrar vendor contract support ticket "
            + "customer impact window maintenance schedule approval change freeze runbook milestone checklist "
            + "the a of to and in for on with from after before while until when every each other than only "
            + "site datacentre cluster node host volume disk memory process daemon journal log archive wal stanza "
            + "operator engineer manager lead desk team call phone chat channel message status page report "
            + "minutes hours seconds target objective recovery point time loss budget threshold limit quota "
            + "promote demote fence isolate drain resume pause start stop reload restart confirm record write "
            + "read copy sync replicate compare count sample measure expect accept reject decide declare").split(" ");
    private static final String[][] PARTS = {{"scope", "1"}, {"data", "1"}, {"dependencies", "1"}, {"team", "1"},
        {"procedure", "5"}, {"checklist", "1"}, {"validation", "1"}, {"return", "1"}, {"reference", "1"}};
    private static final String[] ROLES = {"incident-commander", "dba-lead", "network-lead", "platform-lead",
        "security-lead", "comms-lead", "service-owner", "vendor-duty"};

    private SyntheticPlan() {
    }

    public static Path write(Path root, int sections) throws IOException {
        Random random = new Random(sections);
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("procedures"));
        Files.writeString(content.resolve("drplan.yml"), "title: Synthetic plan of " + sections + " sections\n"
                + "organisation: Example Logistics\nversion: 1.0.0\n");
        Files.writeString(content.resolve("team.yml"), teamFile());
        List<String> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            String type = typeOf(i);
            ids.add(type.equals("procedure") ? "procedures/p" + i : "s" + i);
            types.add(type);
        }
        for (int i = 0; i < sections; i++) {
            Files.writeString(content.resolve(ids.get(i) + ".md"), section(random, i, ids, types));
        }
        return content;
    }

    /** Parts in their plan proportions: mostly procedures. */
    private static String typeOf(int i) {
        int weight = 0;
        for (String[] part : PARTS) {
            weight += Integer.parseInt(part[1]);
        }
        int slot = i % weight;
        for (String[] part : PARTS) {
            slot -= Integer.parseInt(part[1]);
            if (slot < 0) {
                return part[0];
            }
        }
        return "reference";
    }

    private static String section(Random random, int i, List<String> ids, List<String> types) {
        StringBuilder md = new StringBuilder("---\ntitle: ").append(capitalised(sentence(random, 3 + random.nextInt(3))))
                .append("\ntype: ").append(types.get(i)).append("\norder: ").append(i)
                .append("\nowner: ").append(ROLES[random.nextInt(ROLES.length)])
                .append("\nrto: ").append(1 + random.nextInt(8)).append("h\nrpo: ").append(5 * (1 + random.nextInt(12)))
                .append("m\ntags: [").append(WORDS[random.nextInt(60)]).append(", ").append(WORDS[random.nextInt(60)])
                .append("]\nreviewed: 2026-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10));
        if (i > 2 && random.nextInt(3) == 0) {
            md.append("\nrequires: [").append(ids.get(random.nextInt(i))).append("]");
        }
        md.append("\n---\n").append(paragraph(random, i, ids)).append("\n\n");
        int words = 400 + random.nextInt(401);
        int written = 80;
        int steps = 5 + random.nextInt(11);
        for (int h = 0; written < words || h < 3; h++) {
            md.append("## ").append(h == 0 ? "Prepare" : capitalised(sentence(random, 2 + random.nextInt(3))) + " " + h)
                    .append("\n\n").append(paragraph(random, i, ids)).append("\n\n");
            written += 90;
            if (h == 1) {
                md.append(table(random, i));
            }
            int here = Math.max(1, steps / 3);
            for (int s = 0; s < here && steps > 0; s++, steps--) {
                md.append(step(random, "- [ ] ")).append('\n');
                if (random.nextInt(5) == 0) {
                    md.append(step(random, "  - [ ] ")).append('\n');
                }
            }
            md.append("\n```bash\nsystemctl status svc-").append(i).append('-').append(h)
                    .append("\njournalctl -u svc-").append(i).append(" --since -10min\n```\n\n");
        }
        return md.toString();
    }

    private static String step(Random random, String marker) {
        String kind = switch (random.nextInt(8)) {
            case 0 -> "Notify: ";
            case 1 -> "Milestone: ";
            case 2 -> "Escalate: ";
            default -> "";
        };
        return marker + kind + capitalised(sentence(random, 6 + random.nextInt(8)));
    }

    private static String table(Random random, int i) {
        StringBuilder table = new StringBuilder("| Host | Role | Address | State |\n|---|---|---|---|\n");
        for (int r = 0; r < 3 + random.nextInt(4); r++) {
            table.append("| `host-").append(i).append('-').append(r).append(".example.net` | ")
                    .append(WORDS[random.nextInt(60)]).append(" | 10.").append(i % 250).append('.').append(r)
                    .append(".1 | ").append(random.nextBoolean() ? "active" : "standby").append(" |\n");
        }
        return table.append('\n').toString();
    }

    /** Prose with a link now and then: relative, by id, to a heading, or to a role. */
    private static String paragraph(Random random, int i, List<String> ids) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < 4 + random.nextInt(3); s++) {
            p.append(capitalised(sentence(random, 8 + random.nextInt(12))));
            if (i > 0 && random.nextInt(6) == 0) {
                String target = ids.get(random.nextInt(i));
                p.append(switch (random.nextInt(4)) {
                    case 0 -> ", see [[" + target + "]]";
                    case 1 -> ", see [the " + WORDS[random.nextInt(60)] + " steps](" + relative(ids.get(i), target)
                            + ".md)";
                    case 2 -> ", see [[" + target + "#prepare|how to prepare]]";
                    default -> ", ask [[@" + ROLES[random.nextInt(ROLES.length)] + "]]";
                });
            }
            p.append(". ");
        }
        return p.toString().trim();
    }

    private static String relative(String from, String to) {
        boolean fromSub = from.contains("/");
        boolean toSub = to.contains("/");
        if (fromSub == toSub) {
            return to.substring(to.lastIndexOf('/') + 1);
        }
        return fromSub ? "../" + to : to;
    }

    private static String teamFile() {
        StringBuilder team = new StringBuilder("roles:\n");
        for (int r = 0; r < ROLES.length; r++) {
            team.append("  - id: ").append(ROLES[r]).append("\n    title: ").append(capitalised(ROLES[r]
                    .replace('-', ' '))).append("\n    name: Person ").append(r).append("\n    phone: +1 555 01")
                    .append(10 + r).append("\n    email: ").append(ROLES[r]).append("@example.com\n");
        }
        return team.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
