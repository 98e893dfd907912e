package eduscc.labs.debug;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the kernel's Java source: where a core's running context stands, or a breakpoint.
 * {@code file} is the path below the source root, e.g. {@code eduscc/kernel/sched/Scheduler.java}.
 */
public record SourceLine(String file, int line) {

    /** The kernel frame a student reads: the innermost frame of the kernel (or of a lab's task program). */
    public static SourceLine topKernelFrame(StackTraceElement[] stack) {
        List<SourceLine> frames = kernelFrames(stack);
        return frames.isEmpty() ? null : frames.get(0);
    }

    /**
     * Every kernel line on the stack, innermost first. A line breakpoint hits when any of them is
     * the breakpoint: the line is executing, perhaps inside a call it makes.
     */
    public static List<SourceLine> kernelFrames(StackTraceElement[] stack) {
        List<SourceLine> lines = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            String c = frame.getClassName();
            if ((c.startsWith("eduscc.kernel.") || c.startsWith("eduscc.labs.run.TaskProgram")) && frame.getLineNumber() > 0) {
                String outer = c.contains("$") ? c.substring(0, c.indexOf('$')) : c;
                lines.add(new SourceLine(outer.replace('.', '/') + ".java", frame.getLineNumber()));
            }
        }
        return lines;
    }

    @Override
    public String toString() {
        return file.substring(file.lastIndexOf('/') + 1) + ":" + line;
    }
}
