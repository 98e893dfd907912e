package eduscc.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DESIGN §1: the module arrows point one way, and nothing below the visualizer imports JavaFX.
 * Reads the sources (this test runs in labs/, next to the other modules).
 */
class ModuleArrowsTest {

    @ParameterizedTest(name = "{0} imports nothing from {1}")
    @CsvSource({
        "machine, eduscc.kernel|eduscc.labs|eduscc.exercises|eduscc.visualizer|javafx",
        "kernel, eduscc.labs|eduscc.exercises|eduscc.visualizer|javafx",
        "labs, eduscc.exercises|eduscc.visualizer|javafx",
        "exercises, eduscc.visualizer|javafx"})
    void importsPointOneWay(String module, String forbidden) {
        List<String> offences = new ArrayList<>();
        for (Path file : javaSources(Path.of("..", module, "src", "main", "java"))) {
            for (String line : lines(file)) {
                for (String prefix : forbidden.split("\\|")) {
                    if (line.startsWith("import " + prefix + ".") || line.startsWith("import static " + prefix + ".")) {
                        offences.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    private static List<Path> javaSources(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
