package eduscc.machine.x86;

import eduscc.machine.cpu.Registers;

/**
 * Decodes the ModR/M byte, the SIB byte and the displacement into the instruction's r/m
 * {@link Operand} (SDM Vol. 2 §2.1.5, Tables 2-1 "16-Bit Addressing Forms with the ModR/M Byte",
 * 2-2 "32-Bit Addressing Forms with the ModR/M Byte" and 2-3 "32-Bit Addressing Forms with the
 * SIB Byte"). The address size (0x67 toggles it) picks the table.
 *
 * <p>The default segment is DS, or SS when the address is based on (E)BP or ESP, because those
 * registers point into the stack frame; a segment-override prefix replaces either.
 */
final class ModRm {
    private ModRm() {
    }

    /** Reads ModR/M (and SIB and displacement): sets the reg field in the context and fills its r/m operand. */
    static void decode(InstructionContext c) {
        int modrm = c.code.next8();
        int mod = modrm >>> 6;
        int rm = modrm & 7;
        c.reg = (modrm >>> 3) & 7;
        if (mod == 3) {
            c.rm.setRegister(rm);
        } else if (c.address32) {
            decode32(c, mod, rm);
        } else {
            decode16(c, mod, rm);
        }
    }

    /** Table 2-1: [BX+SI], [BX+DI], [BP+SI], [BP+DI], [SI], [DI], [BP] (disp16 with mod 00), [BX]. */
    private static void decode16(InstructionContext c, int mod, int rm) {
        Registers regs = c.regs;
        int segment = Registers.DS;
        int offset;
        switch (rm) {
            case 0 -> offset = regs.get16(Registers.EBX) + regs.get16(Registers.ESI);
            case 1 -> offset = regs.get16(Registers.EBX) + regs.get16(Registers.EDI);
            case 2 -> {
                offset = regs.get16(Registers.EBP) + regs.get16(Registers.ESI);
                segment = Registers.SS;
            }
            case 3 -> {
                offset = regs.get16(Registers.EBP) + regs.get16(Registers.EDI);
                segment = Registers.SS;
            }
            case 4 -> offset = regs.get16(Registers.ESI);
            case 5 -> offset = regs.get16(Registers.EDI);
            case 6 -> {
                if (mod == 0) {
                    offset = c.code.next16();
                } else {
                    offset = regs.get16(Registers.EBP);
                    segment = Registers.SS;
                }
            }
            default -> offset = regs.get16(Registers.EBX);
        }
        if (mod == 1) {
            offset += c.code.nextSigned8();
        } else if (mod == 2) {
            offset += c.code.next16();
        }
        c.rm.setMemory(c.dataSegment(segment), offset & 0xFFFF, false, false);
    }

    /** Tables 2-2 and 2-3: base + index·scale + displacement, with the SIB byte when rm is 100. */
    private static void decode32(InstructionContext c, int mod, int rm) {
        Registers regs = c.regs;
        int segment = Registers.DS;
        boolean espBase = false;
        int offset;
        if (rm == 4) {
            int sib = c.code.next8();
            int index = (sib >>> 3) & 7;
            int base = sib & 7;
            offset = index == Registers.ESP ? 0 : regs.get(index) << (sib >>> 6);
            if (base == Registers.EBP && mod == 0) {
                offset += c.code.next32();
            } else {
                offset += regs.get(base);
                if (base == Registers.ESP || base == Registers.EBP) {
                    segment = Registers.SS;
                    espBase = base == Registers.ESP;
                }
            }
        } else if (rm == Registers.EBP && mod == 0) {
            offset = c.code.next32();
        } else {
            offset = regs.get(rm);
            if (rm == Registers.EBP) {
                segment = Registers.SS;
            }
        }
        if (mod == 1) {
            offset += c.code.nextSigned8();
        } else if (mod == 2) {
            offset += c.code.next32();
        }
        c.rm.setMemory(c.dataSegment(segment), offset, espBase, true);
    }
}
