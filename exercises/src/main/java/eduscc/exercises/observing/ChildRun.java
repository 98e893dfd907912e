package eduscc.exercises.observing;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The JVM the grader starts to run the code under test in, the "child", for every exercise:
 * {@code java -Xmx.. EXERCISE.ChildMain CLASS FIRST_CHECK MAX_THREADS}.
 *
 * <p>It reads the report's key from its standard input, keeps the real standard output for the
 * sealed report and sends {@code System.out} and {@code System.err} nowhere, all before the class
 * under test is loaded. Then the exercise registers that class as its plug-in, and the child runs
 * the checks from {@code FIRST_CHECK} on and reports what each saw. It judges nothing and knows no
 * expected value: the grader, in its own JVM, does that, so nothing here is worth tampering with.
 * At the end it halts, so no shutdown hook of the code under test runs.
 */
public final class ChildRun {
    /** What an exercise gives the child once the class under test is registered as its plug-in. */
    public interface Exercise {
        /** Every check, in order. */
        List<ObservedCheck> checks();

        /** Why the run must stop because the code under test replaced its own plug-in, or null. */
        String replaced();

        /** How the code under test used the kit's own implementation, or null. */
        String kitUse();
    }

    private ChildRun() {
    }

    /**
     * @param args     CLASS FIRST_CHECK MAX_THREADS
     * @param exercise loads and registers the class it is given: called only after the output is sealed
     */
    public static void run(String[] args, Function<String, Exercise> exercise) throws IOException {
        byte[] key = HexFormat.of().parseHex(firstLine(System.in));
        FrameSeal seal = new FrameSeal(key);
        Arrays.fill(key, (byte) 0);
        ReportChannel report = new ReportChannel(new FileOutputStream(FileDescriptor.out), seal);
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        System.setIn(InputStream.nullInputStream());

        // A child whose grader is gone (killed, or its test run stopped) must not spin on for ever.
        ProcessHandle.current().parent().ifPresent(grader -> grader.onExit().thenRun(() -> Runtime.getRuntime().halt(5)));
        String className = args[0];
        int first = Integer.parseInt(args[1]);
        ThreadLimit threads = new ThreadLimit(Integer.parseInt(args[2]), report);
        threads.watch();
        Exercise underTest = exercise.apply(className);
        List<ObservedCheck> checks = underTest.checks();
        boolean kitUseReported = false;
        for (int i = first; i < checks.size(); i++) {
            report.send(Frame.begin(i));
            CheckObservations seen = checks.get(i).observe(new Observer(threads::check));
            threads.check();
            String replaced = underTest.replaced();
            if (replaced != null) {
                report.stop(replaced);
            }
            report.send(Frame.observed(i, seen));
            String kitUse = underTest.kitUse();
            if (kitUse != null && !kitUseReported) {
                report.send(Frame.text(Frame.KIT_USE, kitUse));
                kitUseReported = true;
            }
        }
        report.send(Frame.text(Frame.DONE, ""));
        Runtime.getRuntime().halt(0);
    }

    /** The first line of the stream, read byte by byte so that nothing after it is consumed. */
    private static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }
}
