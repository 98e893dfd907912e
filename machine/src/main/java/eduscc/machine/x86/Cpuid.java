package eduscc.machine.x86;

import eduscc.machine.cost.InstructionCosts;
import eduscc.machine.cpu.Registers;

/**
 * CPUID (SDM Vol. 2 "CPUID"; facts A.3 and D.6: the SCC's P54C reports family 5, model 2).
 *
 * <p>Leaf 0 gives the highest leaf (1) and the vendor string "GenuineIntel" in EBX, EDX, ECX.
 * Leaf 1 gives the processor signature in EAX and the feature flags in EDX. A real P54C reports
 * 0x3BF there (FPU VME DE PSE TSC MSR MCE CX8 APIC). This model reports the features a P54C has
 * and the kit models or relies on: FPU (the kernel charges x87 costs), PSE (paging implements
 * 4 MiB pages), TSC, MSR, CX8 and APIC (the local APIC with its timer). VME, DE and MCE are left
 * out because nothing in the model implements virtual-8086 extensions, debug extensions or
 * machine checks. Leaves above 1 return leaf 1, as the SDM says for a leaf beyond the highest.
 */
final class Cpuid {
    static final int FPU = 1;
    static final int PSE = 1 << 3;
    static final int TSC = 1 << 4;
    static final int MSR = 1 << 5;
    static final int CX8 = 1 << 8;
    static final int APIC = 1 << 9;
    static final int FEATURES = FPU | PSE | TSC | MSR | CX8 | APIC;

    /** "Genu", "ineI", "ntel" as little-endian words. */
    static final int VENDOR_EBX = 0x756E6547;
    static final int VENDOR_EDX = 0x49656E69;
    static final int VENDOR_ECX = 0x6C65746E;

    private Cpuid() {
    }

    /** 0F A2. */
    static int execute(InstructionContext c) {
        Registers regs = c.regs;
        if (regs.get(Registers.EAX) == 0) {
            regs.set(Registers.EAX, 1);
            regs.set(Registers.EBX, VENDOR_EBX);
            regs.set(Registers.EDX, VENDOR_EDX);
            regs.set(Registers.ECX, VENDOR_ECX);
        } else {
            regs.set(Registers.EAX, Registers.PROCESSOR_SIGNATURE);
            regs.set(Registers.EBX, 0);
            regs.set(Registers.ECX, 0);
            regs.set(Registers.EDX, FEATURES);
        }
        return InstructionCosts.CPUID;
    }
}
