package org.drplan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a plan of N sections that looks like a real one to the pipeline: every part represented, procedures in a
 * sub-folder with headings, task steps, code, tables and cross-links, words drawn from an operations vocabulary.
 * Seeded, so the same N gives the same plan.
 */
public final class SyntheticPlan {

    private static final String[] WORDS = ("restore database replica primary failover backup verify check service "
            + "network firewall certificate rotate credential vault bridge escalate notify incident commander owner "
            + "latency replication snapshot storage bucket retention encryption key application tier load balancer "
            + "health endpoint monitoring alert paging rollback deploy release queue worker cache session token "
            + "directory identity provider mail relay dns record ttl zone registrar vendor contract support ticket "
            + "customer impact window maintenance schedule approval change freeze runbook milestone checklist").split(" ");
    private static final String[] TYPES = {"scope", "data", "dependencies", "team", "procedure", "procedure",
        "procedure", "procedure", "checklist", "validation", "return", "reference"};

    private SyntheticPlan() {
    }

    public static Path write(Path root, int sections) throws IOException {
        Random random = new Random(sections);
        Path content = root.resolve("content");
        Files.createDirectories(content.resolve("procedures"));
        Files.writeString(content.resolve("drplan.yml"), "title: Synthetic plan of " + sections + " sections\n");
        for (int i = 0; i < sections; i++) {
            String type = TYPES[i % TYPES.length];
            String file = type.equals("procedure") ? "procedures/p" + i + ".md" : "s" + i + ".md";
            StringBuilder md = new StringBuilder("---\ntitle: ").append(capitalised(sentence(random, 4)))
                    .append("\ntype: ").append(type).append("\norder: ").append(i)
                    .append("\nrto: ").append(1 + random.nextInt(8)).append("h\ntags: [")
                    .append(WORDS[random.nextInt(WORDS.length)]).append("]\n---\n")
                    .append(paragraph(random)).append("\n\n");
            for (int h = 0; h < 3; h++) {
                md.append("## ").append(capitalised(sentence(random, 3))).append(" ").append(h).append("\n\n")
                        .append(paragraph(random)).append("\n\n");
                for (int s = 0; s < 3; s++) {
                    md.append("- [ ] ").append(capitalised(sentence(random, 8))).append('\n');
                }
                md.append("\n```bash\nsystemctl status svc-").append(i).append("\n```\n\n");
            }
            if (i > 0) {
                int target = random.nextInt(i);
                String targetId = TYPES[target % TYPES.length].equals("procedure") ? "procedures/p" + target
                        : "s" + target;
                md.append("See [[").append(targetId).append("]].\n");
            }
            Files.writeString(content.resolve(file), md.toString());
        }
        return content;
    }

    private static String paragraph(Random random) {
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < 5; s++) {
            p.append(capitalised(sentence(random, 8 + random.nextInt(10)))).append(". ");
        }
        return p.toString().trim();
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
