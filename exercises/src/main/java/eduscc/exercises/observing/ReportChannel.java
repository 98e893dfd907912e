package eduscc.exercises.observing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The child JVM's side of the report: writes sealed {@link Frame}s, one line each, to the real
 * standard output, which the harness took before any student code was loaded (the student's
 * {@code System.out} goes nowhere). Writing is synchronized because the thread watch may report
 * from its own thread.
 */
public final class ReportChannel {
    private final OutputStream out;
    private final FrameSeal seal;
    private long seq;

    public ReportChannel(OutputStream out, FrameSeal seal) {
        this.out = out;
        this.seal = seal;
    }

    public synchronized void send(Frame frame) {
        try {
            out.write((seal.seal(seq++, frame) + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The grader is gone or closed the pipe: nobody is left to tell.
            Runtime.getRuntime().halt(4);
        }
    }

    /** Reports why the child stops and stops it at once: no shutdown hook of the student runs. */
    public synchronized void stop(String why) {
        send(Frame.text(Frame.MISBEHAVED, why));
        Runtime.getRuntime().halt(3);
    }
}
