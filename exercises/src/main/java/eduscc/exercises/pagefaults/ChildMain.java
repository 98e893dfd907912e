package eduscc.exercises.pagefaults;

import eduscc.exercises.observing.CheckObservations;
import eduscc.exercises.observing.Frame;
import eduscc.exercises.observing.FrameSeal;
import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.exercises.observing.ReportChannel;
import eduscc.exercises.observing.ThreadLimit;
import eduscc.kernel.mm.PageFaultPlugins;
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

/**
 * The JVM the grader starts to run the resolver under test in, the "child":
 * {@code java -Xmx.. eduscc.exercises.pagefaults.ChildMain CLASS FIRST_CHECK MAX_THREADS}, as
 * {@code eduscc.exercises.readyqueues.ChildMain} does for ready queues. It reads the report's key
 * from its standard input and silences {@code System.out} and {@code System.err} before the class
 * under test is loaded, registers that class as the plug-in {@code "student"}, runs the checks
 * from {@code FIRST_CHECK} on and reports what each saw; the grader, in its own JVM, judges. At
 * the end it halts, so no shutdown hook of the code under test runs.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws IOException {
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
        ResolverUnderTest resolvers = new ResolverUnderTest(className);
        PageFaultPlugins.register(PageFaultsExercise.PLUGIN, resolvers);
        List<ObservedCheck> checks = PageFaultsExercise.checks(resolvers, PageFaultsExercise.PLUGIN);
        boolean kitUseReported = false;
        for (int i = first; i < checks.size(); i++) {
            report.send(Frame.begin(i));
            CheckObservations seen = checks.get(i).observe(new Observer(threads::check));
            threads.check();
            if (PageFaultPlugins.get(PageFaultsExercise.PLUGIN) != resolvers) {
                report.stop("your code replaced the page-fault plug-in '" + PageFaultsExercise.PLUGIN + "', so that"
                    + " the labs would not run with it");
            }
            report.send(Frame.observed(i, seen));
            String kitUse = resolvers.kitUse();
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
