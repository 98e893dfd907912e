package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.Idt;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.lguest.GuestKernel;
import eduscc.kernel.lguest.GuestMemory;
import eduscc.kernel.lguest.Hypercalls;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskT;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The paper's compute rows: {@code /bin/jacobi} (a Jacobi solver on a 32x32 grid, 200 timed
 * sweeps, see its source) once alone and twice sharing the core, natively and with the kit's
 * kernel as an lguest guest. The paper's point is that a guest computes as fast as the host:
 * its solver's loop makes no exit, so only the exits of the things around it (the timer, task
 * switches, first touches of pages) can make the guest slower.
 *
 * <p>One instance runs with the timer at 100 Hz, as the other process rows do. Two instances
 * run with it at {@value #SHARED_TIMER_HZ} Hz, so that each is preempted several times in a run
 * of a few million cycles (at 100 Hz a tick comes every 5.3 million); the guest's host ticks at
 * the same rate, since the guest's clock is only as fine as the host's timer. Every run boots one
 * core with paging alone, so every figure is deterministic.
 *
 * <p>What the model predicts. Alone, the guest's window has no exit (its two warm-up sweeps made
 * the shadow entries and set DIRTY on both grids) and costs 101 cycles more than natively in
 * 2.37 million: its second yield is 9 cycles cheaper (6 of them the STI its entry path has as a
 * NOP), its sweeps 110 dearer, in memory, not exits. Two instances natively cost twice one plus 50,918 cycles (1.07 %:
 * the ticks, the switches, the first one's exit). In the guest every CR3 load is an exit after
 * which the host empties its one shadow directory and rebuilds a table for each 4 MiB slot the
 * guest touches again, each about 100,000 cycles; those, not the solver, make the difference.
 */
public final class JacobiBenchmark {
    /** The timer of the two-instance rows, host and guest alike. */
    public static final int SHARED_TIMER_HZ = 1000;
    private static final int ALONE_TIMER_HZ = 100;
    private static final String PROGRAM = "/bin/jacobi";

    /**
     * What the guest did during a run: the figure, the longest stretch between two exits (a
     * halt's sleep does not count), and its exits by reason over the whole run, boot included.
     */
    public record GuestRun(long cycles, long longestExitFreeStretch, Map<String, Integer> exitsByReason) {
    }

    private JacobiBenchmark() {
    }

    /** One instance natively: its 200 timed sweeps, in core cycles. */
    public static long nativeAlone() {
        return longest(nativeRun(1, ALONE_TIMER_HZ));
    }

    /**
     * Two instances natively, in core cycles until both finish: the longer of their two
     * windows (they open within one yield of each other; see jacobi.asm).
     */
    public static long nativeShared() {
        return longest(nativeRun(2, SHARED_TIMER_HZ));
    }

    /** One instance in the guest's ring 3, with the guest's exits. */
    public static GuestRun guestAlone() {
        return guestRun(1, ALONE_TIMER_HZ);
    }

    /** Two instances in the guest's ring 3, under the guest kernel's scheduler, with the guest's exits. */
    public static GuestRun guestShared() {
        return guestRun(2, SHARED_TIMER_HZ);
    }

    private static long[] nativeRun(int instances, int timerHz) {
        KernelConfig config = new KernelConfig(timerHz, 0, true, true).withPaging(true);
        List<Task> tasks = new ArrayList<>();
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, null, ShippedPrograms.ramdisk(),
                core -> new Kernel(core, config, startInstances(instances, tasks))::boot)) {
            machine.run();
            long[] windows = new long[instances];
            for (int i = 0; i < instances; i++) {
                windows[i] = measured(tasks.get(i).probe().exitCode(), machine);
            }
            return windows;
        }
    }

    private static GuestRun guestRun(int instances, int timerHz) {
        KernelConfig host = new KernelConfig(timerHz, 0, true, false).withPaging(true);
        KernelConfig guestConfig = new KernelConfig(timerHz, 0, true, false).withPaging(true);
        List<Task> tasks = new ArrayList<>();
        GuestKernel guest = new GuestKernel("bench", guestConfig, ShippedPrograms.ramdisk(), startInstances(instances, tasks));
        ExitLog log = new ExitLog();
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, host, k -> k.createGuest("launcher", Priority.HIGH, guest,
                GuestBenchmark.GUEST_KERNEL_MEMORY, (trapnum, eax) -> log.exited(core.cycles(), trapnum, eax)));
            return kernel::boot;
        })) {
            machine.run();
            long[] windows = new long[instances];
            for (int i = 0; i < instances; i++) {
                int code = machine.core(0).probePrivate(GuestMemory.DEFAULT_BASE + tasks.get(i).address() + TaskT.EXIT_CODE, 4);
                windows[i] = measured(code, machine);
            }
            return new GuestRun(longest(windows), log.longestExitFreeStretch, log.byReason);
        }
    }

    /** The tasks a kernel (native or the guest's) starts: {@code instances} processes running jacobi. */
    private static Consumer<Kernel> startInstances(int instances, List<Task> tasks) {
        return k -> {
            for (int i = 0; i < instances; i++) {
                tasks.add(k.createProcess("jacobi " + (char) ('a' + i), Priority.HIGH, PROGRAM));
            }
        };
    }

    private static long measured(int exitCode, Machine machine) {
        if (exitCode <= 0) {
            throw new IllegalStateException(PROGRAM + " did not measure: exit code " + exitCode + ", core 0 "
                + machine.core(0).state() + ", console: " + machine.core(0).consoleText());
        }
        return exitCode;
    }

    private static long longest(long[] windows) {
        long longest = 0;
        for (long w : windows) {
            longest = Math.max(longest, w);
        }
        return longest;
    }

    /** The launcher's exits as they come: the gaps between them and their reasons. */
    private static final class ExitLog {
        private final Map<String, Integer> byReason = new TreeMap<>();
        private long last = -1;
        private boolean lastWasHalt;
        private long longestExitFreeStretch;

        void exited(long cycles, int trapnum, int eax) {
            if (last >= 0 && !lastWasHalt) {
                longestExitFreeStretch = Math.max(longestExitFreeStretch, cycles - last);
            }
            last = cycles;
            lastWasHalt = trapnum == Hypercalls.TRAP_ENTRY && eax == Hypercalls.HALT;
            byReason.merge(reason(trapnum, eax), 1, Integer::sum);
        }

        private static String reason(int trapnum, int eax) {
            if (trapnum == Hypercalls.TRAP_ENTRY) {
                return Hypercalls.name(eax);
            }
            if (trapnum == Vector.PF) {
                return "page fault";
            }
            if (trapnum == Idt.TIMER) {
                return "host timer";
            }
            return trapnum == Vector.GP ? "general protection" : "trap " + trapnum;
        }
    }
}
