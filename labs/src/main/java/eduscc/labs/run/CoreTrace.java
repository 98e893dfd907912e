package eduscc.labs.run;

import eduscc.kernel.arch.Idt;
import eduscc.machine.cpu.ConsoleText;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one core's trace said, gathered event by event while the lab runs: the timer ticks, the
 * boot steps up to the first tick, every scheduler decision, the context switches by kind, the
 * console, and the failures with the task that was on the core.
 */
final class CoreTrace {
    /** The task name before the scheduler's first decision: the kernel is still booting. */
    static final String BOOTING = "kernel boot";
    /** Decisions (and switches) a report keeps from the start and from the end of a long run. */
    static final int KEPT_AT_EACH_END = 1000;

    private final int pid;
    private long ticks;
    private String running = BOOTING;
    private final List<CoreRun.BootStep> boot = new ArrayList<>();
    private final KeptEnds<CoreRun.Decision> decisions;
    private final KeptEnds<CoreRun.Switch> switches;
    private final Map<String, Long> contextSwitches = new TreeMap<>();
    private final ConsoleText console = new ConsoleText();
    private final List<CoreRun.Failure> failures = new ArrayList<>();
    private boolean halted;
    private boolean enteredKernel;

    /**
     * @param full keep every decision and switch ({@code run --full}); otherwise the first and the
     *     last {@link #KEPT_AT_EACH_END} of each, so a long run's report stays small
     */
    CoreTrace(int pid, boolean full) {
        this.pid = pid;
        this.decisions = full ? KeptEnds.everything() : KeptEnds.ends(KEPT_AT_EACH_END, KEPT_AT_EACH_END);
        this.switches = full ? KeptEnds.everything() : KeptEnds.ends(KEPT_AT_EACH_END, KEPT_AT_EACH_END);
    }

    void record(TraceEntry entry) {
        long cycle = entry.time() / Clocks.TILE_533_UNITS;
        TraceEvent event = entry.event();
        if (event instanceof TraceEvent.InterruptDelivered d && d.vector() == Idt.TIMER) {
            ticks++;
            if (ticks == 1) {
                boot.add(new CoreRun.BootStep(cycle, "first timer tick (vector " + Idt.TIMER + ")"));
            }
        } else if (event instanceof TraceEvent.SchedulerDecision d) {
            CoreRun.Decision decision = new CoreRun.Decision(ticks, cycle, CoreRun.hex(d.prioBitmap()), d.chosenPriority(),
                d.from(), d.to(), d.reason());
            decisions.add(decision);
            if (decision.switchesTask()) {
                switches.add(new CoreRun.Switch(ticks, cycle, d.from(), d.to(), d.reason()));
            }
            running = d.to();
        } else if (event instanceof TraceEvent.TaskSwitch s) {
            contextSwitches.merge(s.kind(), 1L, Long::sum);
        } else if (event instanceof TraceEvent.ConsoleOutput out) {
            console.append(out.character());
        } else if (event instanceof TraceEvent.Panic p) {
            failures.add(new CoreRun.Failure(pid, "panic", running, ticks, p.reason()));
        } else if (event instanceof TraceEvent.Hang h) {
            failures.add(new CoreRun.Failure(pid, "hang", running, ticks, "Java code ran without a machine operation"
                + " for too long (an endless loop?) in context '" + h.task() + "'"));
        } else if (event instanceof TraceEvent.TripleFault f) {
            failures.add(new CoreRun.Failure(pid, "triple fault", running, ticks, f.reason()));
        } else if (event instanceof TraceEvent.MachineCheck m) {
            failures.add(new CoreRun.Failure(pid, "machine check", running, ticks, m.reason()));
        }
        if (ticks == 0) {
            bootStep(cycle, event);
        }
    }

    /** The milestones of the path from the reset vector to the idle loop. */
    private void bootStep(long cycle, TraceEvent event) {
        String what = null;
        if (event instanceof TraceEvent.ResetReleased r) {
            what = "reset released: fetch from 0xFFFFFFF0 in real mode (tile " + r.tileX() + "," + r.tileY() + ")";
        } else if (event instanceof TraceEvent.ModeSwitch m) {
            what = "mode " + m.from() + " -> " + m.to();
        } else if (event instanceof TraceEvent.TableRegisterLoad t) {
            what = t.register().equals("TR") ? String.format("LTR  selector 0x%02x (TSS at 0x%08x)", t.selector(), t.base())
                : String.format("%s base 0x%08x limit 0x%x", loadInstruction(t.register()), t.base(), t.limit());
        } else if (event instanceof TraceEvent.FarJump j) {
            what = String.format("far jmp 0x%04x:0x%08x (%s)", j.selector(), j.offset(), j.mode());
        } else if (event instanceof TraceEvent.JavaEntry j) {
            enteredKernel = true;
            what = String.format("%s at 0x%08x", j.code(), j.eip());
        } else if (event instanceof TraceEvent.Halt h && h.interruptsEnabled() && !halted) {
            halted = true;
            what = "idle task: HLT until the next interrupt";
        }
        if (what != null) {
            boot.add(new CoreRun.BootStep(cycle, what));
        }
    }

    private static String loadInstruction(String register) {
        return switch (register) {
            case "GDTR" -> "LGDT";
            case "IDTR" -> "LIDT";
            case "LDTR" -> "LLDT";
            default -> "load " + register;
        };
    }

    int pid() {
        return pid;
    }

    long ticks() {
        return ticks;
    }

    /** Whether the core's reset stub has reached the kernel's entry (the first Java code bound there). */
    boolean enteredKernel() {
        return enteredKernel;
    }

    List<CoreRun.BootStep> boot() {
        return List.copyOf(boot);
    }

    KeptEnds<CoreRun.Decision> decisions() {
        return decisions;
    }

    KeptEnds<CoreRun.Switch> switches() {
        return switches;
    }

    Map<String, Long> contextSwitches() {
        return new TreeMap<>(contextSwitches);
    }

    String console() {
        return console.text(StandardCharsets.UTF_8);
    }

    /** A failure the runner found when the run ended (not from the trace). */
    void addFailure(CoreRun.Failure failure) {
        failures.add(failure);
    }

    List<CoreRun.Failure> failures() {
        return List.copyOf(failures);
    }
}
