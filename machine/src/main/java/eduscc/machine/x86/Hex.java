package eduscc.machine.x86;

import eduscc.machine.cpu.Registers;

/** How the interpreter's messages write addresses: CS:IP in real mode, CS:EIP in protected mode. */
final class Hex {
    private Hex() {
    }

    static String csEip(Registers regs, int eip) {
        int cs = regs.cs().selector();
        return regs.protectedMode() ? String.format("%04X:%08X", cs, eip) : String.format("%04X:%04X", cs, eip);
    }
}
