package eduscc.visualizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./eduscc} launcher picks its Java as Maven does (JAVA_HOME first, then PATH), but
 * prefers the newest JDK 21+ installed beside that one (a newer JIT; virtual threads from 24) and says so; refuses
 * one older than 17 saying which it found, and names it with {@code --verbose}. It runs on a copy
 * of the script in a folder with fake JDKs and a fake {@code mvn}, so nothing is built or started.
 */
class LauncherTest {
    @TempDir
    Path root;

    private Path fakeBin;

    @BeforeEach
    void copyTheLauncherBesideFakes() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Files.copy(Path.of("../eduscc"), root.resolve("eduscc"), StandardCopyOption.COPY_ATTRIBUTES);
        fakeBin = Files.createDirectories(root.resolve("bin"));
        script(fakeBin.resolve("mvn"), "mkdir -p visualizer/target/lib && touch visualizer/target/visualizer.jar");
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        assertTrue(file.toFile().setExecutable(true));
    }

    /** What a fake java does when asked to make a start-up cache: it writes an empty file and records the training command. */
    private static final String MAKES_CACHE = "case \"$1\" in\n"
        + "  -XX:ArchiveClassesAtExit=*) touch \"${1#-XX:ArchiveClassesAtExit=}\"; exit 0;;\n"
        + "  -XX:AOTCacheOutput=*) touch \"${1#-XX:AOTCacheOutput=}\"; echo \"trained $* (display ${DISPLAY:-none})\" >> \"$(dirname \"$0\")/../trained.txt\"; exit 0;;\n"
        + "esac\n";

    /**
     * A java that says it is {@code version}, writes the class-data archive it is asked to write
     * (an empty file), and otherwise prints what it was asked to run.
     */
    private Path fakeJdk(String name, String version) throws IOException {
        Path home = root.resolve(name);
        script(home.resolve("bin/java"), "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version
            + "\" 2020-01-01' >&2; exit 0; fi\n"
            + MAKES_CACHE
            + "echo \"ran $*\"");
        return home;
    }

    private record Result(int code, String out, String err) {
    }

    private Result launch(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of("/bin/bash", root.resolve("eduscc").toString())));
        builder.command().addAll(List.of(args));
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", fakeBin + ":/usr/bin:/bin");
        builder.environment().putAll(env);
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        int code = builder.start().waitFor();
        return new Result(code, Files.readString(out), Files.readString(err));
    }

    /**
     * Maven leaves a jar whose contents did not change as it was, so a source file that changes
     * no class in it (a test) stayed newer than the jar and every start built again. The launcher
     * marks the jar as built once its build succeeded.
     */
    @Test
    void aSourceThatChangesNoClassInTheJarIsBuiltOnceNotOnEveryStart() throws Exception {
        script(fakeBin.resolve("mvn"), "mkdir -p visualizer/target/lib && echo build >> builds.txt\n"
            + "[ -f visualizer/target/visualizer.jar ] || touch visualizer/target/visualizer.jar");
        Path jar = Files.createDirectories(root.resolve("visualizer/target/lib")).resolveSibling("visualizer.jar");
        Files.createFile(jar);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
        Path test = Files.createDirectories(root.resolve("labs/src/test")).resolve("SomeTest.java");
        Files.writeString(test, "class SomeTest { }");
        Files.setLastModifiedTime(test, java.nio.file.attribute.FileTime.fromMillis(1_650_000_000_000L));
        Path jdk = fakeJdk("jdk17", "17.0.9");
        for (int start = 0; start < 3; start++) {
            Result r = launch(Map.of("JAVA_HOME", jdk.toString()), "help");
            assertEquals(0, r.code(), r.err());
        }
        assertEquals(List.of("build"), Files.readAllLines(root.resolve("builds.txt")), "built on the first start only");
    }

    /**
     * The build picks run-time jars by the Java that builds (Monocle for 17 or for 21+), so a kit
     * built with one major version is built again for another, with the JDK that will run it and
     * from an empty lib folder (no jar of the earlier build stays beside the new ones).
     */
    @Test
    void anotherJavaMajorBuildsAgainWithThatJdkFromAnEmptyLib() throws Exception {
        script(fakeBin.resolve("mvn"), "echo \"build with $JAVA_HOME\" >> builds.txt\n"
            + "mkdir -p visualizer/target/lib && touch visualizer/target/visualizer.jar");
        Path jdk17 = fakeJdk("jdk17", "17.0.9");
        Path jdk21 = fakeJdk("jdk21", "21.0.1");
        script(jdk21.resolve("bin/javac"), "exit 0");
        assertEquals(0, launch(Map.of("JAVA_HOME", jdk17.toString()), "help").code());
        assertEquals(0, launch(Map.of("JAVA_HOME", jdk17.toString()), "help").code());
        Path stray = Files.createFile(root.resolve("visualizer/target/lib/openjfx-monocle-17.0.10.jar"));
        Result r = launch(Map.of("JAVA_HOME", jdk21.toString()), "help");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("build with " + jdk17, "build with " + jdk21.toRealPath()), Files.readAllLines(root.resolve("builds.txt")),
            "built once for 17 and again for 21, with the JDK that runs the kit");
        assertFalse(Files.exists(stray), "the lib folder of the build for 17 is gone");
    }

    /** The class-data archive is made for the Java that runs the kit, and made again after a build. */
    @Test
    void aClassDataArchiveIsMadePerJavaVersionAndUsed() throws Exception {
        Path jdk17 = fakeJdk("jdk17", "17.0.9");
        Path jdk21 = fakeJdk("jdk21", "21.0.1");
        Result first = launch(Map.of("JAVA_HOME", jdk17.toString()), "help");
        Path archive17 = root.resolve("visualizer/target/eduscc-java-17.0.9.jsa");
        assertTrue(Files.exists(archive17), "archive made after the build");
        assertTrue(first.out().startsWith("ran -XX:SharedArchiveFile=" + archive17 + " "), first.out());
        Result other = launch(Map.of("JAVA_HOME", jdk21.toString()), "help");
        Path archive21 = root.resolve("visualizer/target/eduscc-java-21.0.1.jsa");
        assertTrue(Files.exists(archive21) && !Files.exists(archive17), "one archive, for the Java in use");
        assertTrue(other.out().startsWith("ran -XX:SharedArchiveFile=" + archive21 + " "), other.out());
    }

    /**
     * From JDK 25 on the start-up cache is an AOT cache of a training run of the scheduling lab,
     * used without that run's method profiles; the class-data archive of an earlier Java goes.
     */
    @Test
    void fromJava25TheCacheIsAnAotCacheTrainedOnTheSchedulingLab() throws Exception {
        Path jdk21 = fakeJdk("jdk21", "21.0.1");
        Path jdk25 = fakeJdk("jdk25", "25.0.1");
        assertEquals(0, launch(Map.of("JAVA_HOME", jdk21.toString()), "help").code());
        Result r = launch(Map.of("JAVA_HOME", jdk25.toString()), "help");
        assertEquals(0, r.code(), r.err());
        Path cache = root.resolve("visualizer/target/eduscc-java-25.0.1-cli.aot");
        assertTrue(Files.exists(cache), "cache made after the build");
        assertFalse(Files.exists(root.resolve("visualizer/target/eduscc-java-21.0.1.jsa")), "one cache, for the Java in use");
        assertTrue(r.out().startsWith("ran -XX:AOTCache=" + cache
            + " -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining -Xlog:aot=off -Xlog:cds=off "), r.out());
        assertTrue(r.err().contains("eduscc: making the start-up cache for Java 25.0.1 (once per build, for commands: a run of"
            + " the scheduling lab)"), r.err());
        String training = Files.readString(jdk25.resolve("trained.txt")).trim();
        assertTrue(training.startsWith("trained -XX:AOTCacheOutput=" + root.resolve("visualizer/target/eduscc-java-25.0.1-cli.new.aot") + " ")
            && training.endsWith("eduscc.visualizer.cli.Main run scheduling (display none)"), training);
        Result again = launch(Map.of("JAVA_HOME", jdk25.toString()), "help");
        assertFalse(again.err().contains("making the start-up cache"), "made once per build: " + again.err());
    }

    /**
     * The debugger has a cache of its own, trained by drawing the scheduling lab without a display
     * (a cache loads every class it holds as the JVM starts, so one for both would slow every
     * other command); the commands' cache stays beside it.
     */
    @Test
    void theDebuggerHasACacheOfItsOwnTrainedByDrawingALabWithoutADisplay() throws Exception {
        Path jdk25 = fakeJdk("jdk25", "25.0.1");
        assertEquals(0, launch(Map.of("JAVA_HOME", jdk25.toString()), "help").code());
        Result r = launch(Map.of("JAVA_HOME", jdk25.toString(), "DISPLAY", ":99"), "gui", "scheduling");
        assertEquals(0, r.code(), r.err());
        Path gui = root.resolve("visualizer/target/eduscc-java-25.0.1-gui.aot");
        assertTrue(Files.exists(gui) && Files.exists(root.resolve("visualizer/target/eduscc-java-25.0.1-cli.aot")),
            "both caches");
        assertTrue(r.out().startsWith("ran -XX:AOTCache=" + gui + " "), r.out());
        assertTrue(r.err().contains("(once per build, for the debugger: the scheduling lab drawn headless)"), r.err());
        Path picture = root.resolve("visualizer/target/eduscc-training.png");
        String training = Files.readAllLines(jdk25.resolve("trained.txt")).get(1);
        assertTrue(training.startsWith("trained -XX:AOTCacheOutput=" + root.resolve("visualizer/target/eduscc-java-25.0.1-gui.new.aot") + " ")
            && training.endsWith("eduscc.visualizer.cli.Main gui --screenshot " + picture + " --lab scheduling (display none)"),
            training);
        assertFalse(Files.exists(picture), "the training's picture is removed");
    }

    /**
     * Two launches at once after a pull: the second finds the first building, says so and waits,
     * then builds nothing and makes no cache of its own, since the first made both. The fake
     * build waits at a pipe until the test has seen the second launch wait; the cache is written
     * under another name and moved into place whole.
     */
    @Test
    void aSecondLaunchWaitsForTheFirstsBuildAndCacheInsteadOfMakingThemAgain() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/flock")) || Files.isExecutable(Path.of("/bin/flock")), "no flock here");
        Path started = root.resolve("started");
        Path gate = root.resolve("gate");
        assertEquals(0, new ProcessBuilder("mkfifo", started.toString(), gate.toString()).start().waitFor());
        // Only the first build waits at the pipes: a second one (no lock) goes straight through.
        script(fakeBin.resolve("mvn"), "if [ -f builds.txt ]; then echo build >> builds.txt; else echo build >> builds.txt;"
            + " echo started > " + started + "; read go < " + gate + "; fi\n"
            + "mkdir -p visualizer/target/lib && touch visualizer/target/visualizer.jar");
        Path jdk = fakeJdk("jdk17", "17.0.9");
        Process first = start(Map.of("JAVA_HOME", jdk.toString()), "first");
        assertEquals("started\n", Files.readString(started), "the first launch is building");
        Process second = start(Map.of("JAVA_HOME", jdk.toString()), "second");
        try (java.io.BufferedReader err = second.errorReader()) {
            String line;
            do {
                line = err.readLine();
            } while (line != null && !line.contains("waiting for it"));
            assertEquals("eduscc: another eduscc is building the kit or making its start-up cache; waiting for it...", line);
            Files.writeString(gate, "go\n");
            assertEquals(0, first.waitFor());
            assertEquals(0, second.waitFor());
            assertEquals(null, err.readLine(), "the second launch built nothing and made no cache");
        } finally {
            for (Process launch : List.of(first, second)) {
                launch.descendants().forEach(ProcessHandle::destroyForcibly);
                launch.destroyForcibly();
            }
        }
        assertEquals(List.of("build"), Files.readAllLines(root.resolve("builds.txt")));
        Path archive = root.resolve("visualizer/target/eduscc-java-17.0.9.jsa");
        assertTrue(Files.exists(archive) && !Files.exists(root.resolve("visualizer/target/eduscc-java-17.0.9.new.jsa")),
            "the archive is in place under its own name");
        for (String launch : List.of("first", "second")) {
            String out = Files.readString(root.resolve(launch + ".out"));
            assertTrue(out.startsWith("ran -XX:SharedArchiveFile=" + archive + " ") && out.trim().endsWith("Main help"), out);
        }
    }

    /** Starts the launcher with {@code help}; standard output goes to {@code NAME.out}, standard error stays a pipe. */
    private Process start(Map<String, String> env, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", root.resolve("eduscc").toString(), "help");
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", fakeBin + ":/usr/bin:/bin");
        builder.environment().putAll(env);
        builder.redirectOutput(root.resolve(name + ".out").toFile());
        return builder.start();
    }

    /** A JVM that refuses the options that use the cache gets none, and runs the kit without. */
    @Test
    void aJavaThatRefusesTheCacheOptionsRunsWithoutACache() throws Exception {
        Path jdk25 = fakeJdk("jdk25", "25.0.1");
        script(jdk25.resolve("bin/java"), "if [ \"$1\" = -version ]; then echo 'openjdk version \"25.0.1\" 2020-01-01' >&2; exit 0; fi\n"
            + MAKES_CACHE
            + "case \"$*\" in *AOTReplayTraining*) echo 'Unrecognized VM option' >&2; exit 1;; esac\n"
            + "echo \"ran $*\"");
        Result r = launch(Map.of("JAVA_HOME", jdk25.toString()), "help");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(root.resolve("visualizer/target/eduscc-java-25.0.1-cli.aot")), "no cache left");
        assertTrue(r.out().startsWith("ran --add-opens=java.base/java.lang=ALL-UNNAMED "), r.out());
    }

    @Test
    void javaHomeIsUsedAndNamedWithVerbose() throws Exception {
        Path jdk = fakeJdk("jdk21", "21.0.1");
        fakeJdk("bin-elsewhere", "17.0.1");
        Result r = launch(Map.of("JAVA_HOME", jdk.toString()), "--verbose", "help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ran -XX:SharedArchiveFile=") && r.out().trim().endsWith("eduscc.visualizer.cli.Main help"), r.out());
        assertTrue(r.err().contains("eduscc: using Java 21.0.1 at " + jdk.resolve("bin/java") + " (from JAVA_HOME)"), r.err());
    }

    /** A fake JDK home with the {@code release} file that real JDKs have, which the launcher reads. */
    private Path installedJdk(String name, String version) throws IOException {
        Path home = fakeJdk(name, version);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @Test
    void theNewestJdk21OrLaterBesideAnOlderDefaultIsPreferredAndNamed() throws Exception {
        Path jdk17 = installedJdk("jdk17", "17.0.9");
        installedJdk("jdk21", "21.0.5");
        Path jdk25 = installedJdk("jdk25", "25.0.1");
        installedJdk("jdk22", "22.0.2");
        Result r = launch(Map.of("JAVA_HOME", jdk17.toString()), "help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ran -XX:AOTCache=" + root.resolve("visualizer/target/eduscc-java-25.0.1-cli.aot")),
            r.out());
        assertTrue(r.out().contains("--add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"), r.out());
        assertEquals("eduscc: using Java 25.0.1 at " + jdk25.toRealPath().resolve("bin/java") + ", the newest JDK installed, not "
            + jdk17.resolve("bin/java") + " (JAVA_HOME, Java 17.0.9); EDUSCC_JAVA=.../bin/java chooses another",
            r.err().lines().findFirst().orElse(""));
        Result which = launch(Map.of("JAVA_HOME", jdk17.toString()), "--which-java");
        assertEquals(jdk25.toRealPath().resolve("bin/java").toString(), which.out().trim(), ".ci/run builds with it");
    }

    /** Starting a JVM only to ask its version costs 0.1 s: a JDK's release file says it without one. */
    @Test
    void theVersionComesFromTheReleaseFileWithoutStartingTheJvm() throws Exception {
        Path jdk = installedJdk("jdk21", "21.0.5");
        script(jdk.resolve("bin/java"), "if [ \"$1\" = -version ]; then echo started >> " + root.resolve("started.txt") + "; exit 1; fi\n"
            + MAKES_CACHE
            + "echo \"ran $*\"");
        Result r = launch(Map.of("JAVA_HOME", jdk.toString()), "--verbose", "help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("eduscc: using Java 21.0.5 at " + jdk.resolve("bin/java") + " (from JAVA_HOME)"), r.err());
        assertFalse(Files.exists(root.resolve("started.txt")), "java -version was never run");
    }

    @Test
    void aJavaHome21OrLaterIsKeptAndEduSccJavaOverridesEverything() throws Exception {
        Path jdk17 = installedJdk("jdk17", "17.0.9");
        Path jdk21 = installedJdk("jdk21", "21.0.5");
        installedJdk("jdk25", "25.0.1");
        Result kept = launch(Map.of("JAVA_HOME", jdk21.toString()), "help");
        assertTrue(kept.out().startsWith("ran -XX:SharedArchiveFile=" + root.resolve("visualizer/target/eduscc-java-21.0.5.jsa")),
            kept.out());
        assertFalse(kept.err().contains("using Java"), kept.err());
        Result chosen = launch(Map.of("JAVA_HOME", jdk21.toString(), "EDUSCC_JAVA", jdk17.resolve("bin/java").toString()), "help");
        assertTrue(chosen.out().startsWith("ran -XX:SharedArchiveFile=" + root.resolve("visualizer/target/eduscc-java-17.0.9.jsa")),
            chosen.out());
        assertFalse(chosen.err().contains("using Java"), chosen.err());
        Result missing = launch(Map.of("EDUSCC_JAVA", root.resolve("none/java").toString()), "help");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("EDUSCC_JAVA is " + root.resolve("none/java") + ", which is not an executable java"),
            missing.err());
    }

    @Test
    void aJavaOlderThan17FromJavaHomeIsRefusedByItsVersion() throws Exception {
        Path jdk = fakeJdk("jdk11", "11.0.2");
        Result r = launch(Map.of("JAVA_HOME", jdk.toString()), "help");
        assertEquals(1, r.code());
        assertEquals("eduscc: the kit needs Java 17 or newer, but " + jdk.resolve("bin/java")
            + " (from JAVA_HOME) is Java 11.0.2; set JAVA_HOME to a JDK 17 or newer", r.err().trim());
        assertEquals("", r.out());
    }

    @Test
    void anOldJavaOnPathIsRefusedToo() throws Exception {
        Path jdk = fakeJdk("jdk8", "1.8.0_392");
        Files.copy(jdk.resolve("bin/java"), fakeBin.resolve("java"), StandardCopyOption.COPY_ATTRIBUTES);
        Result r = launch(Map.of(), "help");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("(from PATH) is Java 1.8.0_392"), r.err());
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed() throws Exception {
        Result r = launch(Map.of("JAVA_HOME", root.resolve("nothing").toString()), "help");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("JAVA_HOME is " + root.resolve("nothing") + ", but it has no bin/java"), r.err());
    }
}
