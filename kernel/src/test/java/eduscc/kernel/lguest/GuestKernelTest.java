package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.sched.TaskState;
import eduscc.machine.Machine;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit's own kernel as the guest (DESIGN §4: one kernel, two hardware layers): it boots in
 * ring 1 on lguest's layer, every privileged step a hypercall or an exit, schedules a task on its
 * own clock, prints through the virtio console, and shuts down when its tasks are done.
 */
class GuestKernelTest {
    static final int RAM = 16 << 20;
    static final KernelConfig GUEST = new KernelConfig(100, 0, true, false).withPaging(true);

    static GuestKernel hello() {
        return new GuestKernel("eduscc", GUEST, InitialRamdisk.empty("/"),
            k -> k.scheduler().create("hello", 8, () -> k.print("hello from the guest kernel\n")));
    }

    @Test
    void theKitsKernelBootsAsAGuestRunsATaskAndShutsDown() {
        GuestKernel guest = hello();
        try (Machine machine = GuestRun.run(kernel -> kernel.createGuest("launcher", 8, guest, RAM))) {
            String console = machine.core(0).consoleText();
            assertTrue(console.contains("[lguest] eduscc: virtio console: the guest's driver is ready\n"
                + "[guest eduscc] hello from the guest kernel\n"
                + "[lguest] eduscc: shut down: (no message) after 84 exits, 54 hypercalls\n"), console);
            assertEquals(TaskState.FINISHED, guest.kernel().scheduler().tasks().get(1).probe().state());
            List<String> reasons = machine.trace().events(TraceEvent.GuestExit.class).stream()
                .map(TraceEvent.GuestExit::reason).toList();
            assertEquals("hypercall LHCALL_LGUEST_INIT", reasons.get(0), "the first thing the guest kernel does");
            assertEquals(5, reasons.stream().filter("hypercall LHCALL_LOAD_GDT_ENTRY"::equals).count(),
                "null, kernel code and data, user code and data; the TSS stays the host's");
            assertEquals(39, reasons.stream().filter("hypercall LHCALL_LOAD_IDT_ENTRY"::equals).count(),
                "exceptions 0-31, the APIC vectors 123-127, INT 0x80, and IRQ 0 at 32 to the timer's stub");
            assertEquals("hypercall LHCALL_SHUTDOWN", reasons.get(reasons.size() - 1));
        }
    }

    @Test
    void theGuestKernelRunsInRingOneOnItsOwnSegments() {
        try (Machine machine = GuestRun.run(kernel -> kernel.createGuest("launcher", 8, hello(), RAM))) {
            List<TraceEvent.SegmentLoad> codeLoads = machine.trace().events(TraceEvent.SegmentLoad.class).stream()
                .filter(load -> load.register().equals("cs") && load.selector() == 0x09).toList();
            assertTrue(codeLoads.size() > 10, "the Switcher's IRETs into ring 1, and the guest's own far jump after its GDT");
            assertTrue(machine.trace().events(TraceEvent.GuestEnter.class).stream().allMatch(e -> e.cpl() == 1));
        }
    }

    @Test
    void theSameGuestGivesTheSameTrace() {
        long first;
        try (Machine machine = GuestRun.run(kernel -> kernel.createGuest("launcher", 8, hello(), RAM))) {
            first = machine.trace().hash();
        }
        try (Machine machine = GuestRun.run(kernel -> kernel.createGuest("launcher", 8, hello(), RAM))) {
            assertEquals(first, machine.trace().hash());
        }
    }
}
