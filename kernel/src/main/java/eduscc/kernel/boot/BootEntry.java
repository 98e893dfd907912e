package eduscc.kernel.boot;

import eduscc.kernel.arch.SccAddresses;
import eduscc.machine.boot.MultibootHeader;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.JavaCode;
import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;

/**
 * The kernel's entry point, where the reset stub's jump lands (eduOS: {@code stublet} in
 * entry.asm, then {@code main}). For now the kernel only proves that the boot path worked: it
 * checks the Multiboot hand-over, reads which core it is from MYTILEID, reports the mode and
 * segment state on the console, and halts with interrupts off.
 */
public final class BootEntry implements JavaCode {
    private final Core core;

    public BootEntry(Core core) {
        this.core = core;
    }

    @Override
    public void run() {
        Operations ops = core.ops();
        Registers regs = core.regs();
        int magic = regs.get(Registers.EAX);
        int bootInfo = regs.get(Registers.EBX);
        int pid = SccAddresses.pidFromTileId(ops.read32(SccAddresses.CRB_OWN + SccAddresses.MYTILEID));
        print(ops, String.format("eduSCC kernel on core %d: %s mode, CS=%s DS=%s SS=%s%n", pid,
            (ops.readCr(0) & ControlBits.CR0_PE) != 0 ? "protected" : "real",
            describe(regs.cs()), describe(regs.ds()), describe(regs.ss())));
        if (magic != MultibootHeader.BOOTLOADER_MAGIC) {
            print(ops, String.format("core %d: EAX=0x%08X is not the Multiboot magic%n", pid, magic));
        } else if (!headerValid(ops)) {
            print(ops, String.format("core %d: no valid Multiboot header at 0x%08X%n", pid, headerAddress()));
        } else {
            print(ops, String.format("core %d: Multiboot info at 0x%08X%n", pid, bootInfo));
        }
        ops.cli();
        ops.hlt();
    }

    private static int headerAddress() {
        return KernelImage.head().symbols().get("multiboot_header").intValue();
    }

    /** The kernel checks its own header in memory: magic, flags and checksum add up to zero. */
    private static boolean headerValid(Operations ops) {
        int at = headerAddress();
        int magic = ops.read32(at);
        return magic == MultibootHeader.MAGIC && magic + ops.read32(at + 4) + ops.read32(at + 8) == 0;
    }

    private static String describe(SegmentRegister s) {
        return String.format("0x%02X(base 0x%X, limit 0x%X)", s.selector(), s.base(), s.limit());
    }

    private static void print(Operations ops, String text) {
        for (int i = 0; i < text.length(); i++) {
            ops.out8(0xE9, text.charAt(i));
        }
    }
}
