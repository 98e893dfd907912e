package eduscc.labs.run;

import eduscc.kernel.arch.Apic;
import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.kernel.arch.GatePlugins;
import eduscc.kernel.arch.GdtPlugins;
import eduscc.kernel.boot.ResetStubPlugins;
import eduscc.kernel.ipc.MessagingPlugins;
import eduscc.kernel.lguest.HypercallPlugins;
import eduscc.kernel.mm.PageFaultPlugins;
import eduscc.labs.scenario.NarrationStep;
import eduscc.labs.scenario.Scenario;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link RunReport} as text for a projector: for every core its boot, who ran at each tick with
 * the lab's narration beside it, every scheduler decision with its reason, and the state at the
 * end (ready lists, the bitmap as 32 cells with bit 31 on the left, the tasks, the console).
 * Repeated rows, such as an idle core's ticks, are folded into one.
 */
public final class RunText {
    private static final int WIDTH = 100;

    private final PrintStream out;

    private RunText(PrintStream out) {
        this.out = out;
    }

    public static void print(Scenario lab, RunReport report, PrintStream out) {
        new RunText(out).all(lab, report);
    }

    private void all(Scenario lab, RunReport r) {
        out.println("eduSCC run: " + r.lab() + " on " + r.cores().size() + " core(s), " + r.switchMode()
            + " task switch" + coresSwitchingOtherwise(lab, r) + ", ready queues \"" + r.readyQueues() + "\""
            + (!lab.kernel().pageFaults().equals(PageFaultPlugins.KIT) ? ", page faults \"" + lab.kernel().pageFaults() + "\"" : "")
            + (!lab.kernel().hypercalls().equals(HypercallPlugins.KIT) ? ", hypercalls \"" + lab.kernel().hypercalls() + "\"" : "")
            + (!lab.kernel().messaging().equals(MessagingPlugins.KIT) ? ", messaging \"" + lab.kernel().messaging() + "\"" : "")
            + (!lab.kernel().gdt().equals(GdtPlugins.KIT) ? ", GDT \"" + lab.kernel().gdt() + "\"" : "")
            + (!lab.kernel().idtGates().equals(GatePlugins.KIT) ? ", IDT gates \"" + lab.kernel().idtGates() + "\"" : "")
            + (!lab.kernel().apicTimer().equals(ApicTimerPlugins.KIT) ? ", APIC timer \"" + lab.kernel().apicTimer() + "\"" : "")
            + (!lab.kernel().contextSwitch().equals(SwitchContextPlugins.KIT)
            ? ", context switch \"" + lab.kernel().contextSwitch() + "\"" : "")
            + (!lab.kernel().resetStub().equals(ResetStubPlugins.KIT) ? ", reset stub \"" + lab.kernel().resetStub() + "\"" : "")
            + (r.checkInvariants()
            ? ", queue invariants checked after every decision" : ""));
        wrap(r.description(), "  ", "  ");
        int firstPid = r.cores().get(0).pid();
        for (CoreRun core : r.cores()) {
            out.println();
            if (neverBooted(core)) {
                continue;
            }
            String asked = lab.switchOf(core.pid());
            if (!core.contextSwitch().equals(asked)) {
                out.println("note: the lab asked for the " + asked + " task switch, but core " + core.pid()
                    + "'s kernel switched tasks by " + core.contextSwitch());
            }
            boot(core);
            timeline(core, narrationFor(lab, core.pid(), firstPid), r.timerFreq());
            Decisions.print(core, out);
            end(core);
        }
        out.println();
        long switches = r.cores().stream().mapToLong(c -> c.switches().size() + c.switchesLeftOut()).sum();
        out.printf("ended: %s at cycle %d (%.1f ms simulated); %d task switch(es); trace: %d events, hash %s%n",
            r.ended(), r.endCycle(), r.endCycle() / (Apic.CORE_HZ / 1000.0), switches, r.traceEvents(), r.traceHash());
    }

    /**
     * A core whose reset stub never reached the kernel has no timeline, decisions or end state to
     * show: its one line says where it stopped.
     */
    private boolean neverBooted(CoreRun core) {
        if (core.failures().size() != 1 || !core.failures().get(0).kind().equals(CoreRun.Failure.NO_KERNEL)) {
            return false;
        }
        wrap("core " + core.pid() + ": NO KERNEL: " + core.failures().get(0).reason(), "", "  ");
        return true;
    }

    /** e.g. " (core 1: software)": the cores whose own entry chose another task switch than the kernel part. */
    private static String coresSwitchingOtherwise(Scenario lab, RunReport r) {
        List<String> others = r.cores().stream().filter(c -> !lab.switchOf(c.pid()).equals(r.switchMode()))
            .map(c -> "core " + c.pid() + ": " + lab.switchOf(c.pid())).toList();
        return others.isEmpty() ? "" : " (" + String.join(", ", others) + ")";
    }

    private void boot(CoreRun core) {
        out.println("core " + core.pid() + ": boot (cycles count 533 MHz core clocks since reset)");
        out.println("         cycle  what");
        for (CoreRun.BootStep step : core.boot()) {
            out.printf("  %12d  %s%n", step.cycle(), step.what());
        }
    }

    private static List<NarrationStep> narrationFor(Scenario lab, int pid, int firstPid) {
        return lab.narration().stream()
            .filter(n -> n.core() == null ? pid == firstPid : n.core() == pid).toList();
    }

    /** One row per tick: the task that had the core when the tick came, then each it switched to. */
    private void timeline(CoreRun core, List<NarrationStep> narration, int timerFreq) {
        out.println();
        out.println("core " + core.pid() + ": who ran at each tick (timer " + timerFreq + " Hz, a tick every "
            + Apic.countFor(timerFreq) + " cycles; \"a > b\": a had the core when the tick came, then b)");
        out.println("   tick  on the core");
        String running = "idle";
        String folded = null;
        long foldedFrom = 0;
        int next = 0;
        List<CoreRun.Switch> switches = core.switches();
        int nextSwitch = 0;
        boolean gapAhead = core.switchesLeftOut() > 0;
        for (long tick = 0; tick <= core.ticks(); tick++) {
            if (gapAhead && nextSwitch == core.switchesBeforeGap()) {
                // The switches between the first and the last ones kept are not in the report: jump the gap.
                gapAhead = false;
                foldedEnd(folded, foldedFrom, tick - 1);
                folded = null;
                long resume = switches.get(nextSwitch).tick();
                String ticks = resume > tick ? ", ticks " + tick + " to " + (resume - 1) : "";
                out.printf("  %5s  (%d task switches left out%s; run --full shows every one)%n", "..",
                    core.switchesLeftOut(), ticks);
                running = switches.get(nextSwitch).from();
                tick = Math.max(tick, resume);
                while (next < narration.size() && narration.get(next).tick() < tick) {
                    next++;
                }
            }
            List<String> row = new ArrayList<>(List.of(running));
            while (nextSwitch < switches.size() && switches.get(nextSwitch).tick() <= tick
                    && !(gapAhead && nextSwitch == core.switchesBeforeGap())) {
                row.add(switches.get(nextSwitch++).to());
            }
            running = row.get(row.size() - 1);
            boolean says = next < narration.size() && narration.get(next).tick() <= tick;
            String text = String.join(" > ", row);
            if (row.size() == 1 && !says && text.equals(folded)) {
                continue;
            }
            foldedEnd(folded, foldedFrom, tick - 1);
            out.printf("  %5d  %s%n", tick, text);
            folded = row.size() == 1 && !says ? text : null;
            foldedFrom = tick;
            while (next < narration.size() && narration.get(next).tick() <= tick) {
                wrap(narration.get(next++).text(), "         » ", "           ");
            }
        }
        foldedEnd(folded, foldedFrom, core.ticks());
        while (next < narration.size()) {
            wrap(narration.get(next++).text(), "         » ", "           ");
        }
    }

    private void foldedEnd(String folded, long from, long to) {
        if (folded != null && to > from) {
            out.printf("  %5s  %s (ticks %d to %d)%n", "..", folded, from, to);
        }
    }

    private void end(CoreRun core) {
        out.println();
        out.println("core " + core.pid() + ": at the end (tick " + core.ticks() + ", core " + core.state() + ")");
        if (core.readyQueues().isEmpty()) {
            out.println("  ready queues: all empty");
        } else {
            out.println("  ready queues, highest priority first:");
            for (CoreRun.ReadyList list : core.readyQueues()) {
                out.printf("    %2d: %s%n", list.priority(), String.join(" -> ", list.tasks()));
            }
        }
        out.println("  prioBitmap " + core.prioBitmap() + "   bit " + core.prioBitmapCells() + " (X: a task is ready)");
        List<CoreRun.TaskOutcome> tasks = core.tasks().stream().filter(t -> t.priority() > 0).toList();
        if (!tasks.isEmpty()) {
            out.println("  tasks:");
            for (CoreRun.TaskOutcome t : tasks) {
                String exit = t.state().equals("FINISHED") ? "  exit " + t.exitCode() : "";
                out.println(String.format("    %-24s prio %2d  %-8s%s", t.name(), t.priority(), t.state(), exit).stripTrailing());
            }
        }
        if (!core.waitLines().isEmpty()) {
            out.println("  where tasks wait (oldest first):");
            core.waitLines().forEach(line -> out.println("    " + line));
        }
        if (!core.console().isEmpty()) {
            out.println("  console (port 0xE9):");
            for (String line : core.console().split("\n", -1)) {
                if (!line.isEmpty()) {
                    out.println("    | " + line);
                }
            }
        }
        for (CoreRun.Failure f : core.failures()) {
            String task = f.task().equals("-") ? "" : " in task " + f.task();
            wrap(f.kind().toUpperCase(Locale.ROOT) + task + " at tick " + f.tick() + ": " + f.reason(), "  ",
                "    ");
        }
    }

    /** Prints {@code text} in lines of at most {@link #WIDTH} characters. */
    private void wrap(String text, String first, String rest) {
        if (text.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(first);
        int start = line.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(rest);
                start = line.length();
            }
            line.append(line.length() > start ? " " : "").append(word);
        }
        out.println(line);
    }
}
