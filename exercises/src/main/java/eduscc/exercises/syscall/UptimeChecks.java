package eduscc.exercises.syscall;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.sys.ExtraSyscallsFactory;
import eduscc.kernel.sys.SyscallNumbers;
import eduscc.machine.cpu.Operations;
import java.util.List;

/**
 * The checks of {@code uptime} one rule at a time: each boots a fresh core and calls the code
 * under test as {@code syscall_handler} would, with a timer the check sets, so that one mistake
 * costs the points of the rule it breaks. Where the call may store, the check fills the word with
 * ones first and reads it back from memory afterwards. A check only calls and records what it
 * sees; the grader compares that with what the same calls give on the kit's {@code KitExtraSyscalls}.
 *
 * <p>Only {@link #dispatch} makes calls with other numbers; only {@link #withoutPointer} passes
 * NULL; only {@link #badPointers} passes addresses that are not the caller's.
 */
final class UptimeChecks {
    /** A word of a user task's stack: the caller's own memory, in a kernel without paging. */
    static final int USER_WORD = KernelLayout.USER_STACKS + 0x100;
    private static final int UPTIME = SyscallNumbers.UPTIME;

    private UptimeChecks() {
    }

    static List<ObservedCheck> all(ExtraSyscallsFactory syscalls) {
        return List.of(
            new ObservedCheck("uptime is number 44; every other number still answers -ENOSYS", 15,
                o -> CheckKernel.run(syscalls, s -> dispatch(o, s))),
            new ObservedCheck("uptime(NULL) answers the timer ticks since boot and stores nothing", 20,
                o -> CheckKernel.run(syscalls, s -> withoutPointer(o, s))),
            new ObservedCheck("uptime(&hz) stores the ticks per second at hz and answers the ticks", 20,
                o -> CheckKernel.run(syscalls, s -> withPointer(o, s))),
            new ObservedCheck("a pointer that is not the caller's memory answers -EFAULT and stores nothing", 20,
                o -> CheckKernel.run(syscalls, s -> badPointers(o, s))));
    }

    private static void dispatch(Observer o, CheckKernel.Setup s) {
        o.see("system call 44 with a pointer to the caller's memory, at tick 77", s.calls().call(UPTIME, USER_WORD, 77, 100));
        for (int number : new int[] {45, 5, 100, -1, SyscallNumbers.VFORK + 1000}) {
            o.see("system call " + number + " (no such call)", s.calls().call(number, USER_WORD, 77, 100));
        }
    }

    private static void withoutPointer(Observer o, CheckKernel.Setup s) {
        int before = s.ops().read32(0);
        for (long ticks : new long[] {0, 5, 123_456}) {
            o.see("uptime(NULL) at tick " + ticks, s.calls().call(UPTIME, 0, ticks, 100));
        }
        o.see("the word at address 0 (NULL) after the calls", s.ops().read32(0) == before ? "unchanged" : "changed");
    }

    private static void withPointer(Observer o, CheckKernel.Setup s) {
        Operations ops = s.ops();
        for (int freq : new int[] {100, 250}) {
            ops.write32(USER_WORD, -1);
            o.see("uptime(&hz) at tick 42, the timer at " + freq + " Hz", s.calls().call(UPTIME, USER_WORD, 42, freq));
            o.see("hz after it (the word held 0xffffffff)", Observer.hex(ops.read32(USER_WORD)));
        }
    }

    private static void badPointers(Observer o, CheckKernel.Setup s) {
        Operations ops = s.ops();
        int[] pointers = {0x0010_0000, KernelLayout.USER_ENTRY - 2, KernelLayout.FRAME_POOL};
        String[] what = {"the kernel's text", "the last 2 bytes of the user stacks (the next 2 are not the caller's)",
            "the kernel's frame pool"};
        for (int i = 0; i < pointers.length; i++) {
            int word = pointers[i] & ~3;
            int low = ops.read32(word);
            int high = ops.read32(word + 4);
            o.see("uptime(" + String.format("0x%08X", pointers[i]) + "), " + what[i],
                s.calls().call(UPTIME, pointers[i], 9, 100));
            o.see("the memory there after it", ops.read32(word) == low && ops.read32(word + 4) == high
                ? "unchanged" : "changed");
        }
    }
}
