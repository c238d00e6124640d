package org.drplan.integrity;

import java.nio.file.Path;

/**
 * {@code java -cp drplan-generator.jar org.drplan.integrity.VerifyBundle <bundle folder>}: checks a copied bundle
 * against its SHA256SUMS and prints every missing, changed and extra file. Exit code 0 when intact, 1 when not, 2
 * when used wrongly. Needs nothing but a JDK 17 and the generator's jar.
 */
public final class VerifyBundle {

    private VerifyBundle() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -cp drplan-generator.jar " + VerifyBundle.class.getName()
                    + " <bundle folder>");
            System.exit(2);
        }
        BundleCheck.Report report = BundleCheck.check(Path.of(args[0]).toAbsolutePath().normalize());
        report.lines().forEach(System.out::println);
        System.exit(report.intact() ? 0 : 1);
    }
}
