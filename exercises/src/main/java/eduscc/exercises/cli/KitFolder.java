package eduscc.exercises.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The folder of the kit this code was built from: the one with the launcher {@code eduscc} and the
 * top {@code pom.xml}. The launcher runs the jars in its own folder's {@code target/} directories and
 * the tests run the classes in {@code exercises/target/}, so the folder is found by walking up from
 * where this class was loaded; the current directory is the fallback when that finds nothing
 * (a jar copied elsewhere).
 */
final class KitFolder {
    private KitFolder() {
    }

    static Path find() {
        Path start = codeLocation();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isKit(dir)) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** Whether {@code dir} is the top folder of a kit. */
    static boolean isKit(Path dir) {
        return Files.isRegularFile(dir.resolve("eduscc")) && Files.isRegularFile(dir.resolve("pom.xml"));
    }

    private static Path codeLocation() {
        CodeSource source = KitFolder.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
