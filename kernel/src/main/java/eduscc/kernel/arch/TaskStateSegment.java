package eduscc.kernel.arch;

import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.tables.Tss32;

/**
 * Writing a 32-bit TSS into memory (SDM Vol. 3A §7.2.1): the kernel fills in the fields the
 * processor will read, word by word, as real bytes the debugger decodes from there.
 */
public final class TaskStateSegment {
    private TaskStateSegment() {
    }

    public static void write(Operations ops, int base, Tss32 tss) {
        byte[] bytes = tss.toBytes();
        for (int i = 0; i < bytes.length; i += 4) {
            int word = (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16
                | (bytes[i + 3] & 0xFF) << 24;
            ops.write32(base + i, word);
        }
    }

    /**
     * A TSS for a task that starts at {@code eip} in ring 0 with stack {@code esp}; ESP0 is the
     * same kernel stack, for when the task later runs in ring 3 and an interrupt brings it back.
     * {@code cr3} is its page directory (0 while paging is off).
     */
    public static Tss32 kernelTask(int cr3, int eip, int esp, int esp0, int eflags) {
        return new Tss32(0, esp0, Selectors.KERNEL_DATA, 0, 0, 0, 0, cr3, eip, eflags, 0, 0, 0, 0, esp, 0, 0, 0,
            Selectors.KERNEL_DATA, Selectors.KERNEL_CODE, Selectors.KERNEL_DATA, Selectors.KERNEL_DATA,
            Selectors.KERNEL_DATA, Selectors.KERNEL_DATA, 0, false, Tss32.SIZE);
    }
}
