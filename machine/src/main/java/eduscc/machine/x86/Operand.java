package eduscc.machine.x86;

import eduscc.machine.cpu.LogicalMemory;
import eduscc.machine.cpu.Registers;

/**
 * The r/m operand of an instruction (SDM Vol. 2 §2.1.5 "Addressing-Mode Encoding of ModR/M and
 * SIB Bytes"): either a general register or a memory location segment:offset. Its size is not
 * part of it; each access says how many bytes it reads or writes, as the opcode decides.
 *
 * <p>One Operand per core is reused for every instruction, so decoding allocates nothing.
 */
final class Operand {
    private final Registers regs;
    private final LogicalMemory memory;
    private boolean register;
    private int index;
    private int segment;
    private int offset;
    private boolean espBase;
    private boolean address32;
    private boolean misaligned;

    Operand(Registers regs, LogicalMemory memory) {
        this.regs = regs;
        this.memory = memory;
    }

    void setRegister(int registerIndex) {
        register = true;
        index = registerIndex;
    }

    void setMemory(int segmentIndex, int effectiveOffset, boolean baseIsEsp, boolean addressSize32) {
        register = false;
        segment = segmentIndex;
        offset = effectiveOffset;
        espBase = baseIsEsp;
        address32 = addressSize32;
    }

    boolean isRegister() {
        return register;
    }

    /** The register number (in encoding order) when {@link #isRegister()}. */
    int index() {
        return index;
    }

    int segment() {
        return segment;
    }

    /** The effective address (what LEA stores), already wrapped to the address size. */
    int offset() {
        return offset;
    }

    /** True when the address was formed with ESP as the base register (POP m adjusts for it). */
    boolean espBase() {
        return espBase;
    }

    /** Moves a memory operand by {@code delta} bytes, wrapping at 64 KiB for 16-bit addresses. */
    void displace(int delta) {
        offset = address32 ? offset + delta : (offset + delta) & 0xFFFF;
    }

    /** True when some access of this instruction was not aligned to its size (+3 cycles). */
    boolean takeMisaligned() {
        boolean m = misaligned;
        misaligned = false;
        return m;
    }

    int read(int size) {
        return register ? readRegister(regs, index, size) : readAt(0, size);
    }

    void write(int size, int value) {
        if (register) {
            writeRegister(regs, index, size, value);
        } else {
            writeAt(0, size, value);
        }
    }

    /** Reads the memory operand {@code delta} bytes further on (the base of LGDT's 6 bytes, a far pointer's selector). */
    int readAt(int delta, int size) {
        int at = address32 ? offset + delta : (offset + delta) & 0xFFFF;
        noteAlignment(at, size);
        return memory.read(segment, at, size);
    }

    void writeAt(int delta, int size, int value) {
        int at = address32 ? offset + delta : (offset + delta) & 0xFFFF;
        noteAlignment(at, size);
        memory.write(segment, at, size, value);
    }

    private void noteAlignment(int at, int size) {
        if (((regs.segment(segment).base() + at) & (size - 1)) != 0) {
            misaligned = true;
        }
    }

    static int readRegister(Registers regs, int index, int size) {
        return switch (size) {
            case 1 -> regs.get8(index);
            case 2 -> regs.get16(index);
            default -> regs.get(index);
        };
    }

    static void writeRegister(Registers regs, int index, int size, int value) {
        switch (size) {
            case 1 -> regs.set8(index, value);
            case 2 -> regs.set16(index, value);
            default -> regs.set(index, value);
        }
    }
}
