package eduscc.kernel.bench;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.lguest.GuestKernel;
import eduscc.kernel.lguest.GuestMemory;
import eduscc.kernel.lguest.Hypercalls;
import eduscc.kernel.lguest.ShippedGuests;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.Task;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.CycleLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper's first guest row, one host-guest switch: guest -> host -> guest for a hypercall
 * that does nothing (LHCALL_FLUSH_ASYNC). The guest {@code hcallbench.asm} measures each round
 * trip itself, with RDTSC before and after its INT 0x1F, as the paper did; those are
 * {@link Result#inGuest}. The host takes the same trips apart: from one such exit to the next,
 * its cycle ledger's totals give each period by part (the Switcher's way out, the launcher, the
 * way in, the guest's few instructions), which add up exactly; those are {@link Result#exitToExit}.
 * One core with paging and software switching runs the guest alone, so the figures are
 * deterministic.
 */
public final class GuestBenchmark {
    /** Where hcallbench stores its samples, and how many (see the guest's source). */
    static final int SAMPLE_AREA = 0x00510000;
    static final int SAMPLES = 100;
    static final int GUEST_MEMORY = 8 << 20;
    /** The kit's kernel as a guest needs its 16 MiB (its identity map and frame pool). */
    static final int GUEST_KERNEL_MEMORY = 16 << 20;

    /** The guest's own samples, and the host's exit-to-exit periods with their breakdowns. */
    public record Result(LatencySamples inGuest, Measurement exitToExit) {
    }

    private GuestBenchmark() {
    }

    public static Result hostGuestSwitch() {
        KernelConfig config = new KernelConfig(100, 0, true, false).withPaging(true);
        List<long[]> atExits = new ArrayList<>();
        CycleLedger[] ledger = new CycleLedger[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            ledger[0] = core.ledger();
            Kernel kernel = new Kernel(core, config, k -> k.createGuest("bench", Priority.HIGH, ShippedGuests.image("hcallbench"),
                GUEST_MEMORY, (trapnum, eax) -> {
                    if (trapnum == Hypercalls.TRAP_ENTRY && eax == Hypercalls.FLUSH_ASYNC) {
                        atExits.add(core.ledger().totals());
                    }
                }));
            return kernel::boot;
        })) {
            machine.run();
            long[] inGuest = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                inGuest[i] = Integer.toUnsignedLong(machine.core(0).probePrivate(GuestMemory.DEFAULT_BASE + SAMPLE_AREA + 4 * i, 4));
            }
            if (atExits.size() != SAMPLES) {
                throw new IllegalStateException("hcallbench made " + atExits.size() + " no-op hypercalls, not " + SAMPLES
                    + "; console: " + machine.core(0).consoleText());
            }
            return new Result(new LatencySamples("in guest", inGuest), periods(atExits, ledger[0].components()));
        }
    }

    /**
     * The paper's getpid row in the guest: the kit's kernel runs as the guest, and /bin/getpid
     * runs in its ring 3 (1,000 calls; the program exits with the mean in cycles, read from the
     * guest's task table in guest memory). Its INT 0x80 reaches the guest kernel directly, through
     * the trap gate the host copied into the real IDT, so no call leaves the guest.
     */
    public static long getpid() {
        return guestProgramExitCode("/bin/getpid");
    }

    /**
     * The first touch of a demand-zero heap page by /bin/pagefault in the guest's ring 3, in core
     * cycles: the fault goes to the host, whose demand_page finds no guest entry and reflects it
     * into the guest kernel, which zeroes a frame and maps it; the touch then faults once more,
     * into the host, which fills the shadow entry (facts C.5: up to three round trips).
     */
    public static long pageFault() {
        return guestProgramExitCode("/bin/pagefault");
    }

    /** fork, the child's exit and the parent's wait, by /bin/forkwait in the guest's ring 3 (ProcessBenchmark natively). */
    public static long forkAndWait() {
        return guestProgramExitCode("/bin/forkwait");
    }

    /** The same with vfork (/bin/vforkwait). */
    public static long vforkAndWait() {
        return guestProgramExitCode("/bin/vforkwait");
    }

    /** thread_create and a join of a thread that exits at once (/bin/threadjoin), the guest's timer at 100 Hz. */
    public static long threadCreateJoin() {
        return guestProgramExitCode("/bin/threadjoin");
    }

    private static long guestProgramExitCode(String program) {
        KernelConfig host = new KernelConfig(100, 0, true, false).withPaging(true);
        KernelConfig guestConfig = new KernelConfig(100, 0, true, false).withPaging(true);
        Task[] task = new Task[1];
        GuestKernel guest = new GuestKernel("bench", guestConfig, ShippedPrograms.ramdisk(),
            k -> task[0] = k.createProcess("bench", Priority.HIGH, program));
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, host, k -> k.createGuest("launcher", Priority.HIGH, guest, GUEST_KERNEL_MEMORY));
            return kernel::boot;
        })) {
            machine.run();
            int code = task[0].probe().exitCode();
            if (code < 0) {
                throw new IllegalStateException(program + " in the guest did not measure: exit code " + code + ", console: "
                    + machine.core(0).consoleText());
            }
            return code;
        }
    }

    private static Measurement periods(List<long[]> atExits, List<String> components) {
        long[] cycles = new long[atExits.size() - 1];
        List<Breakdown> breakdowns = new ArrayList<>();
        for (int i = 1; i < atExits.size(); i++) {
            Breakdown b = Breakdown.between(components, atExits.get(i - 1), atExits.get(i));
            cycles[i - 1] = b.total();
            breakdowns.add(b);
        }
        return new Measurement(new LatencySamples("exit to exit", cycles), breakdowns, 0);
    }
}
