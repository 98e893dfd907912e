package eduscc.exercises.readyqueues;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;

/**
 * Hostile: a correct queue until highestPriority, which exits with 0; a shutdown hook it installs
 * when loaded prints a forged full grade, through System.out and the raw standard output.
 */
final class ForgesWithAShutdownHook extends SolvedReadyQueues {
    static final String FORGED = "  total: 100/100 points (forged by a shutdown hook)\n";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.print(FORGED);
            try {
                new FileOutputStream(FileDescriptor.out).write(FORGED.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // nothing to forge with
            }
        }));
    }

    ForgesWithAShutdownHook(IntUnaryOperator bsr) {
        super(bsr);
    }

    @Override
    public int highestPriority() {
        System.exit(0);
        return -1;
    }
}
