package eduscc.exercises.gdt;

import eduscc.exercises.descriptors.CheckBoot;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.GdtEncoder;
import eduscc.kernel.sched.Priority;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;
import eduscc.machine.cpu.tables.DescriptorType;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import java.util.function.Supplier;

/**
 * The whole point: a core boots with the encoder under test writing the kernel's GDT. The far
 * jump and the segment loads after LGDT read the new descriptors, so a wrong byte shows here as
 * the hardware would show it. The check records how the run ended, that the core is in protected
 * mode, what each segment register selects, what the GDT in simulated memory says of that entry
 * (decoded as the processor decodes it) and what the processor cached, the task register's TSS
 * descriptor, and what the check's kernel task printed: a task the hardware task switch reached
 * through its TSS descriptor.
 */
final class BootCheck {
    static final String GREETING = "the check task runs\n";

    private BootCheck() {
    }

    static void run(Observer o, Supplier<GdtEncoder> encoders) {
        CheckBoot.run(kernel -> kernel.setGdtEncoder(encoders.get()),
            kernel -> kernel.scheduler().create("check", Priority.NORMAL, () -> kernel.print(GREETING)),
            (machine, core, kernel, ended) -> {
                o.see("the first failure of the boot", CheckBoot.firstFailure(machine));
                o.see("how the run ended", ended);
                o.see("CR0.PE (protected mode)", (core.regs().cr0 & ControlBits.CR0_PE) != 0);
                for (int segment : new int[] {Registers.CS, Registers.SS, Registers.DS, Registers.ES, Registers.FS,
                    Registers.GS}) {
                    segment(o, core, core.regs().segment(segment));
                }
                SegmentRegister tr = core.regs().tr;
                long trEntry = CheckBoot.entry(core, core.regs().gdtrBase, tr.selector() >>> 3);
                SegmentDescriptor tss = SegmentDescriptor.decode(trEntry);
                o.see(String.format("TR = 0x%04X: its GDT entry in memory", tr.selector()),
                    tss.s() ? "not a TSS: " + meaning(tss)
                        : DescriptorType.systemTypeName(tss.type()) + String.format(" base 0x%08X", tss.base()));
                o.see("the console", core.consoleText());
            });
    }

    /** What the GDT entry a segment register selects says, read from memory, and what the processor cached of it. */
    private static void segment(Observer o, Core core, SegmentRegister register) {
        String name = register.name().toUpperCase();
        int index = register.selector() >>> 3;
        o.see(name + ": its selector", String.format("0x%04X", register.selector()));
        SegmentDescriptor inMemory = SegmentDescriptor.decode(CheckBoot.entry(core, core.regs().gdtrBase, index));
        o.see(name + ": GDT entry " + index + " in memory, as the processor reads it", meaning(inMemory));
        o.see(name + ": the descriptor the processor cached", String.format("base 0x%08X limit 0x%08X %s DPL%d",
            register.base(), register.limit(), register.big() ? "32-bit" : "16-bit", register.dpl()));
    }

    /** The segment's meaning: the accessed bit, which the processor sets itself, and the reserved bits left out. */
    private static String meaning(SegmentDescriptor d) {
        String kind = !d.s() ? "system type 0x" + Integer.toHexString(d.type()) : d.isCode() ? "code" : "data";
        return String.format("%s base 0x%08X limit 0x%08X %s DPL%d %s", kind, d.base(), d.effectiveLimit(),
            d.defaultBig() ? "32-bit" : "16-bit", d.dpl(), d.present() ? "present" : "not present");
    }
}
