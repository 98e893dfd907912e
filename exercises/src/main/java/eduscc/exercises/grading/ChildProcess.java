package eduscc.exercises.grading;

import eduscc.exercises.observing.Frame;
import eduscc.exercises.observing.FrameSeal;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM and the grader's end of its report. The child runs with the grader's own Java and
 * class path and the {@link Limits}; the report's key goes to it on its standard input. A reader
 * thread keeps only the lines sealed with that key ({@link FrameSeal}), in order; everything else
 * the child prints is dropped, and at most a few kilobytes of its standard error are kept, to
 * explain a child that could not start.
 */
final class ChildProcess implements AutoCloseable {
    /** Longer than any honest report line (the model check's is under 1 MB); bounds the grader's memory. */
    static final int MAX_LINE = 16 << 20;
    private static final int STDERR_KEPT = 4096;
    private static final Object END = new Object();

    /** A sealed line out of order: the report was tampered with. */
    record Broken(String why) { }

    private final Process process;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private ChildProcess(Process process) {
        this.process = process;
    }

    static ChildProcess start(Limits limits, String mainClass, List<String> args) throws IOException {
        byte[] key = new byte[32];
        // The key only authenticates the report; it never reaches the simulation, which stays deterministic.
        new SecureRandom().nextBytes(key);
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + limits.heapMegabytes() + "m",
            "-XX:+UseSerialGC",
            "-XX:+DisableAttachMechanism",
            "-Djava.awt.headless=true",
            "-cp", System.getProperty("java.class.path"),
            mainClass));
        command.addAll(args);
        ChildProcess child = new ChildProcess(new ProcessBuilder(command).start());
        FrameSeal seal = new FrameSeal(key);
        try (OutputStream in = child.process.getOutputStream()) {
            in.write((HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the child died at once; its end of the report says so
        }
        child.daemon("report", () -> child.readReport(seal));
        child.daemon("stderr", child::keepStderr);
        return child;
    }

    /**
     * The next sealed frame, a {@link Broken} report, {@link #isEnd} for the end of the report, or
     * null if nothing came within {@code millis}.
     */
    Object next(long millis) throws InterruptedException {
        return inbox.poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    static boolean isEnd(Object message) {
        return message == END;
    }

    /** The child's exit code once it has ended (waits a few seconds at most), or null. */
    Integer exitCode() throws InterruptedException {
        return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : null;
    }

    /** The start of what the child wrote to its standard error, for a child that died before any check. */
    String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8).strip();
        }
    }

    /** Kills the child and whatever threads the code under test left in it. */
    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, "eduscc-grade-child-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void readReport(FrameSeal seal) {
        long seq = 0;
        try (InputStream in = new BufferedInputStream(process.getInputStream())) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b != '\n') {
                    if (line.size() < MAX_LINE) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                    continue;
                }
                Frame frame = tooLong ? null : seal.open(seq, line.toString(StandardCharsets.US_ASCII));
                if (frame != null) {
                    inbox.add(frame);
                    seq++;
                }
                line.reset();
                tooLong = false;
            }
        } catch (IllegalStateException e) {
            inbox.add(new Broken(e.getMessage()));
            return;
        } catch (IOException e) {
            // the child is gone: the report ends here
        }
        inbox.add(END);
    }

    private void keepStderr() {
        try (InputStream err = process.getErrorStream()) {
            byte[] buffer = new byte[4096];
            for (int n = err.read(buffer); n != -1; n = err.read(buffer)) {
                synchronized (stderr) {
                    stderr.write(buffer, 0, Math.max(0, Math.min(n, STDERR_KEPT - stderr.size())));
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
    }
}
