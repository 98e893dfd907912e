package eduscc.labs.boot;

import java.io.PrintStream;

/** The boot report as a table for a terminal or a projector: one row per core, one column per stage. */
public final class BootTable {
    private BootTable() {
    }

    public static void print(BootReport report, PrintStream out) {
        out.printf("eduSCC boot: %d core(s) released; cycle stamps count core clocks (533 MHz) since reset%n",
            report.cores().size());
        out.printf("%4s %5s %7s %6s %7s %8s %6s %7s  %-9s %-8s %-10s %-10s %s%n", "core", "tile", "reset", "LGDT",
            "CR0.PE", "far jmp", "segs", "kernel", "mode", "CS", "EIP", "EAX", "state");
        for (CoreBootReport c : report.cores()) {
            out.printf("%4d %5s %7s %6s %7s %8s %6s %7s  %-9s 0x%04X   0x%08X 0x%08X %s%s%n", c.pid(),
                "(" + c.tile().x() + "," + c.tile().y() + ")",
                stamp(c, BootStage.RESET_RELEASED), stamp(c, BootStage.LGDT), stamp(c, BootStage.PROTECTION_ENABLED),
                stamp(c, BootStage.FAR_JUMP), stamp(c, BootStage.SEGMENTS_LOADED), stamp(c, BootStage.KERNEL_ENTRY),
                c.mode(), c.cs().selector(), c.eip(), c.eax(), c.state(), c.reason().isEmpty() ? "" : " (" + c.reason() + ")");
        }
        printConsole(report, out);
        long arrived = report.cores().stream().filter(CoreBootReport::reachedKernel).count();
        out.printf("%d of %d core(s) reached the kernel entry; trace: %d events, hash %s%n", arrived,
            report.cores().size(), report.traceEvents(), report.traceHash());
    }

    private static String stamp(CoreBootReport c, BootStage stage) {
        Long cycles = c.stages().get(stage.label());
        return cycles == null ? "-" : Long.toString(cycles);
    }

    /** Every core prints the same greeting; a few cores are shown in full, many in brief. */
    private static void printConsole(BootReport report, PrintStream out) {
        int shown = report.cores().size() <= 4 ? report.cores().size() : 1;
        for (CoreBootReport c : report.cores().subList(0, shown)) {
            for (String line : c.console().split("\n")) {
                if (!line.isBlank()) {
                    out.println("  [core " + c.pid() + "] " + line);
                }
            }
        }
        if (shown < report.cores().size()) {
            out.printf("  (the other %d cores printed the same on their consoles; --json has every core's text)%n",
                report.cores().size() - shown);
        }
    }
}
