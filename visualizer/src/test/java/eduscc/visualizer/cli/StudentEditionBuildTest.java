package eduscc.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student edition builds and passes its own tests from a clean copy: {@code eduscc edition
 * student DIR} writes it into a fresh folder, and Maven verifies it there, offline, with the local
 * repository this build filled. The test sits in the reactor's last module, so every artifact the
 * edition's build needs is already there. Where no Maven can be found (a build started some other
 * way) the test is skipped and says so; it is not passed.
 */
class StudentEditionBuildTest {
    /** A guard against a build that never ends, far above what it takes (about a minute). */
    private static final long GIVE_UP_MINUTES = 30;
    private static final int LINES_SHOWN = 60;

    @TempDir
    Path dir;

    @Test
    void theStudentEditionBuildsAndPassesItsTests() throws Exception {
        Optional<Path> mvn = maven();
        Assumptions.assumeTrue(mvn.isPresent(), "no mvn on PATH, MAVEN_HOME or maven.home: the edition's build is not tried");
        Path edition = dir.resolve("student");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int made = eduscc.exercises.cli.Main.run(List.of("edition", "student", edition.toString()),
            new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, made, said.toString(StandardCharsets.UTF_8));

        Path log = dir.resolve("edition-build.log");
        Process build = new ProcessBuilder(mvn.get().toString(), "-B", "-o", "verify")
            .directory(edition.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        build.getOutputStream().close();
        boolean ended = build.waitFor(GIVE_UP_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            build.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "the edition's build did not end within " + GIVE_UP_MINUTES + " minutes:\n" + tail(output));
        assertEquals(0, build.exitValue(), "mvn -o verify in the student edition failed:\n" + tail(output));
        assertTrue(output.contains("BUILD SUCCESS"), tail(output));
    }

    /** Maven's launcher: maven.home (set when Maven runs the tests), MAVEN_HOME, then PATH. */
    private static Optional<Path> maven() {
        for (String home : new String[] {System.getProperty("maven.home"), System.getenv("MAVEN_HOME")}) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
                return Optional.of(Path.of(home, "bin", "mvn"));
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                Path candidate = Path.of(entry, "mvn");
                if (!entry.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String tail(String output) throws IOException {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LINES_SHOWN), lines.size()));
    }
}
