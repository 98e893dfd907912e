package eduscc.machine.x86;

import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.LogicalMemory;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SegmentRegister;

/**
 * Fetches the bytes of one instruction through CS (SDM Vol. 3A §5.3 "Limit Checking": a fetch
 * beyond the CS limit is #GP(0); Vol. 2 §2.3.11: an instruction longer than 15 bytes is #GP(0)).
 * Bytes go through paging like any other linear access, as user accesses at CPL 3, so code in a
 * supervisor page faults in ring 3, and through the code TLB and the L1 instruction cache.
 *
 * <p>The fetcher only moves its own position; EIP changes when the instruction has completed.
 * It keeps the bytes it fetched so that a #UD can name them.
 */
final class CodeFetcher {
    /** The longest instruction the processor accepts, prefixes included. */
    static final int MAX_LENGTH = 15;

    private final Registers regs;
    private final LogicalMemory memory;
    private final byte[] bytes = new byte[MAX_LENGTH];
    private int start;
    private int position;

    CodeFetcher(Registers regs, LogicalMemory memory) {
        this.regs = regs;
        this.memory = memory;
    }

    /** Starts a new instruction at {@code eip}. */
    void begin(int eip) {
        start = eip;
        position = eip;
    }

    /** The offset of the instruction's first byte (its first prefix). */
    int start() {
        return start;
    }

    /** The offset of the next byte: after the last byte fetched, EIP of the next instruction. */
    int position() {
        return position;
    }

    int next8() {
        return fetch(1);
    }

    int next16() {
        return fetch(2);
    }

    int next32() {
        return fetch(4);
    }

    /** An immediate of {@code size} bytes (1, 2 or 4), zero-extended. */
    int immediate(int size) {
        return fetch(size);
    }

    /** A displacement or immediate of one byte, sign-extended to 32 bits. */
    int nextSigned8() {
        return (byte) fetch(1);
    }

    private int fetch(int size) {
        int offset = position;
        int length = offset - start + size;
        if (length > MAX_LENGTH) {
            throw CpuFault.gp(0, "instruction at " + where() + " is longer than 15 bytes: " + fetchedBytes());
        }
        SegmentRegister cs = regs.cs();
        if (!cs.within(offset, size)) {
            throw CpuFault.gp(0, String.format("code fetch at %s beyond the CS limit 0x%08X",
                csEip(regs, offset), cs.limit()));
        }
        int value = memory.fetchLinear(cs.base() + offset, size, regs.cpl() == 3);
        int at = offset - start;
        for (int i = 0; i < size; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
        position = offset + size;
        return value;
    }

    /** The bytes fetched so far for this instruction, as {@code 0F 37}. */
    String fetchedBytes() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < position - start; i++) {
            s.append(i == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
        }
        return s.toString();
    }

    /** CS:IP in real mode, CS:EIP in protected mode, as the messages write addresses. */
    static String csEip(Registers regs, int eip) {
        int cs = regs.cs().selector();
        return regs.protectedMode() ? String.format("%04X:%08X", cs, eip) : String.format("%04X:%04X", cs, eip);
    }

    /** CS:EIP of the instruction's first byte, as {@code F000:FFF5}. */
    String where() {
        return csEip(regs, start);
    }
}
