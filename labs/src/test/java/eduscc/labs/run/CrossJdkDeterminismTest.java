package eduscc.labs.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped lab gives the same trace hash on the JDK the tests run on and on every other JDK
 * installed beside it (the kit builds on 17 and prefers 21 or later at run time; its results must
 * be the same bit for bit), with the execution contexts on virtual threads (JDK 24+) and on
 * platform threads. The other JDKs are the folders next to this JVM's home that hold a
 * {@code release} file; each runs {@code eduscc run LAB --json} in a child JVM on this test's
 * class path, once with java.lang opened to the kit as the launcher does (virtual threads where
 * the JDK has them) and once with virtual threads turned off. Where no other JDK is installed
 * that part says so and is skipped, not passed.
 */
class CrossJdkDeterminismTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String VIRTUAL_THREADS = Engine.VIRTUAL_THREADS_PROPERTY;

    /** One test per lab, so that each has the time limit of one test (a 48-core lab takes a while). */
    static List<String> labs() {
        return ShippedLabs.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void everyShippedLabHashesTheSameWithAndWithoutVirtualThreads(String lab) {
        String carried = hashHere(lab);
        System.setProperty(VIRTUAL_THREADS, "false");
        try {
            assertEquals(carried, hashHere(lab), lab + " on platform threads against virtual threads where the JDK has them");
        } finally {
            System.clearProperty(VIRTUAL_THREADS);
        }
    }

    private static String hashHere(String lab) {
        return LabRunner.run(ShippedLabs.load(lab), LabRunner.DEFAULT_UNTIL_CYCLES, cycle -> { }).traceHash();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labs")
    void everyShippedLabHashesTheSameOnEveryInstalledJdk(String lab) throws Exception {
        List<Path> others = otherJdks();
        String here = Runtime.version().toString();
        System.out.println("cross-JDK determinism, " + lab + ": this JVM " + here + ", others " + others);
        assumeTrue(!others.isEmpty(), "no other JDK installed beside " + javaHome() + "; the comparison was skipped");
        String expected = hashHere(lab);
        for (Path jdk : others) {
            assertEquals(expected, hashOnChild(jdk, lab, "--add-opens=java.base/java.lang=ALL-UNNAMED"),
                lab + " on " + jdk + " (virtual threads where it has them) against " + here);
            assertEquals(expected, hashOnChild(jdk, lab, "-D" + VIRTUAL_THREADS + "=false"),
                lab + " on " + jdk + " (platform threads) against " + here);
        }
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home")).toAbsolutePath();
    }

    /** JDK folders beside this one, in name order, other than this one (real paths, so links count once). */
    private static List<Path> otherJdks() throws IOException {
        Path self = javaHome().toRealPath();
        List<Path> found = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(self.getParent())) {
            for (Path p : siblings.sorted().toList()) {
                Path real = p.toRealPath();
                if (!real.equals(self) && !seen.contains(real) && Files.isRegularFile(real.resolve("release"))
                        && Files.isExecutable(real.resolve("bin/java"))) {
                    seen.add(real);
                    found.add(real);
                }
            }
        }
        return found;
    }

    private String hashOnChild(Path jdk, String lab, String option) throws Exception {
        Path out = dir.resolve(lab + ".json");
        Path err = dir.resolve(lab + ".err");
        Process child = new ProcessBuilder(jdk.resolve("bin/java").toString(), option, "-cp", System.getProperty("java.class.path"),
            "eduscc.labs.cli.Main", "run", lab, "--json")
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), lab + " on " + jdk + " did not end within 120 s");
        assertEquals(0, child.exitValue(), lab + " on " + jdk + ": " + Files.readString(err, StandardCharsets.UTF_8));
        JsonNode report = JSON.readTree(out.toFile());
        return report.get("traceHash").asText();
    }
}
