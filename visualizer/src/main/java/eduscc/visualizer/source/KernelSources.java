package eduscc.visualizer.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The kernel's Java sources shipped inside the debugger's jar (under {@code kernel-src/}). */
public final class KernelSources {
    /** The files a lecture walks through first; any other kernel file can be opened by path. */
    public static final List<String> MAIN_FILES = List.of(
        "eduscc/kernel/Kernel.java",
        "eduscc/kernel/sched/Scheduler.java",
        "eduscc/kernel/sched/Scheduling.java",
        "eduscc/kernel/sched/ReadyQueues.java",
        "eduscc/kernel/sched/HardwareContextSwitch.java",
        "eduscc/kernel/sched/SoftwareContextSwitch.java",
        "eduscc/kernel/arch/Idt.java",
        "eduscc/kernel/arch/Gdt.java",
        "eduscc/kernel/arch/Apic.java",
        "eduscc/kernel/sys/SyscallHandler.java",
        "eduscc/kernel/boot/BootEntry.java",
        "eduscc/labs/run/TaskProgram.java");

    /** Each shipped file split into lines, read once: the call stack shows a line of every frame per snapshot. */
    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();

    private KernelSources() {
    }

    /** Line {@code line} (from 1) of {@code file}, trimmed; empty if the file or line does not exist. */
    public static String line(String file, int line) {
        List<String> lines = LINES.computeIfAbsent(file, f -> List.of(read(f).split("\n", -1)));
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).trim() : "";
    }

    public static String read(String file) {
        try (InputStream in = KernelSources.class.getResourceAsStream("/kernel-src/" + file)) {
            if (in == null) {
                return "// " + file + " is not shipped with this build of the debugger";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped source " + file, e);
        }
    }
}
