package eduscc.machine.cpu.tables;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 104-byte 32-bit task-state segment, modelled after SDM Vol. 3A §7.2.1 "Task-State Segment
 * (TSS)" (layout table in facts D.4). The record is an image of those bytes, not of a running task:
 * the CPU model reads one from simulated memory with {@link #fromBytes}, and the debugger shows it.
 *
 * <p>The fields fall into two groups, and the task switch treats them differently (SDM §7.3). The
 * dynamic fields ({@link DynamicState}: EIP, EFLAGS, the general registers and the segment
 * selectors) are saved into the old TSS on every switch. The static fields (link, SSn:ESPn, CR3,
 * LDT, T, I/O map base) are written by the kernel only; the CPU reads them but never saves them,
 * except for the link, which a nesting switch writes into the new TSS.
 *
 * <p>Selector fields are 16 bits in the low half of a dword; the upper halves are reserved and are
 * written as 0 and ignored on reading.
 */
public record Tss32(int link, int esp0, int ss0, int esp1, int ss1, int esp2, int ss2, int cr3,
                    int eip, int eflags, int eax, int ecx, int edx, int ebx,
                    int esp, int ebp, int esi, int edi,
                    int es, int cs, int ss, int ds, int fs, int gs,
                    int ldt, boolean trap, int ioMapBase) {

    // Byte offsets of each field (SDM Figure 7-2).
    public static final int LINK = 0x00;
    public static final int ESP0 = 0x04;
    public static final int SS0 = 0x08;
    public static final int ESP1 = 0x0C;
    public static final int SS1 = 0x10;
    public static final int ESP2 = 0x14;
    public static final int SS2 = 0x18;
    public static final int CR3 = 0x1C;
    public static final int EIP = 0x20;
    public static final int EFLAGS = 0x24;
    public static final int EAX = 0x28;
    public static final int ECX = 0x2C;
    public static final int EDX = 0x30;
    public static final int EBX = 0x34;
    public static final int ESP = 0x38;
    public static final int EBP = 0x3C;
    public static final int ESI = 0x40;
    public static final int EDI = 0x44;
    public static final int ES = 0x48;
    public static final int CS = 0x4C;
    public static final int SS = 0x50;
    public static final int DS = 0x54;
    public static final int FS = 0x58;
    public static final int GS = 0x5C;
    public static final int LDT = 0x60;
    /** The word at 0x64 holds the T flag in bit 0: raise #DB when a task switch enters this task. */
    public static final int TRAP = 0x64;
    /** The word at 0x66 is the offset of the I/O permission bitmap from the TSS base. */
    public static final int IOMAP = 0x66;

    /** The size of the fixed part of a 32-bit TSS. */
    public static final int SIZE = 104;
    /** The smallest TSS descriptor limit the task switch accepts; a smaller one raises #TS. */
    public static final int MIN_LIMIT = SIZE - 1;

    public Tss32 {
        int[] selectors = {link, ss0, ss1, ss2, es, cs, ss, ds, fs, gs, ldt, ioMapBase};
        String[] names = {"link", "ss0", "ss1", "ss2", "es", "cs", "ss", "ds", "fs", "gs", "ldt", "ioMapBase"};
        for (int i = 0; i < selectors.length; i++) {
            if (selectors[i] < 0 || selectors[i] > 0xFFFF) {
                throw new IllegalArgumentException(String.format(
                        "TSS field %s = 0x%X does not fit in its 16 bits", names[i], selectors[i]));
            }
        }
    }

    /**
     * The part of a task's state that SDM §7.3 step 8 saves into the old TSS and step 12 loads from
     * the new one. The fields lie contiguously at TSS offsets {@link #OFFSET}..0x5F, so a CPU model
     * can write exactly these {@link #SIZE} bytes and leave the static fields untouched in memory.
     */
    public record DynamicState(int eip, int eflags, int eax, int ecx, int edx, int ebx,
                               int esp, int ebp, int esi, int edi,
                               int es, int cs, int ss, int ds, int fs, int gs) {

        /** Where the dynamic fields start inside the TSS: the EIP field. */
        public static final int OFFSET = Tss32.EIP;
        /** From EIP up to and including the GS field. */
        public static final int SIZE = Tss32.LDT - Tss32.EIP;

        /** @return a copy with another EFLAGS image; the switch clears or sets NT this way (steps 7 and 9) */
        public DynamicState withEflags(int newEflags) {
            return new DynamicState(eip, newEflags, eax, ecx, edx, ebx, esp, ebp, esi, edi, es, cs, ss, ds, fs, gs);
        }

        /** @return the {@link #SIZE} bytes to write at TSS base + {@link #OFFSET}, reserved halves zero */
        public byte[] toBytes() {
            ByteBuffer out = ByteBuffer.allocate(Tss32.SIZE).order(ByteOrder.LITTLE_ENDIAN);
            putTo(out);
            byte[] slice = new byte[SIZE];
            out.get(OFFSET, slice);
            return slice;
        }

        private void putTo(ByteBuffer out) {
            out.putInt(EIP, eip).putInt(EFLAGS, eflags)
                    .putInt(EAX, eax).putInt(ECX, ecx).putInt(EDX, edx).putInt(EBX, ebx)
                    .putInt(ESP, esp).putInt(EBP, ebp).putInt(ESI, esi).putInt(EDI, edi)
                    .putShort(ES, (short) es).putShort(CS, (short) cs).putShort(SS, (short) ss)
                    .putShort(DS, (short) ds).putShort(FS, (short) fs).putShort(GS, (short) gs);
        }
    }

    /** @return the dynamic fields, which step 12 of the task switch loads into the CPU */
    public DynamicState dynamicState() {
        return new DynamicState(eip, eflags, eax, ecx, edx, ebx, esp, ebp, esi, edi, es, cs, ss, ds, fs, gs);
    }

    /** @return this TSS after step 8 of a task switch saved {@code state} into it; static fields unchanged */
    public Tss32 withDynamicState(DynamicState d) {
        return new Tss32(link, esp0, ss0, esp1, ss1, esp2, ss2, cr3,
                d.eip(), d.eflags(), d.eax(), d.ecx(), d.edx(), d.ebx(), d.esp(), d.ebp(), d.esi(), d.edi(),
                d.es(), d.cs(), d.ss(), d.ds(), d.fs(), d.gs(), ldt, trap, ioMapBase);
    }

    /** @return this TSS with the previous-task link a CALL, INT or exception writes (step 9) */
    public Tss32 withLink(int previousTask) {
        return new Tss32(previousTask, esp0, ss0, esp1, ss1, esp2, ss2, cr3, eip, eflags, eax, ecx, edx, ebx,
                esp, ebp, esi, edi, es, cs, ss, ds, fs, gs, ldt, trap, ioMapBase);
    }

    /** @return the {@link #SIZE} bytes of the TSS as they lie in memory */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort(LINK, (short) link)
                .putInt(ESP0, esp0).putShort(SS0, (short) ss0)
                .putInt(ESP1, esp1).putShort(SS1, (short) ss1)
                .putInt(ESP2, esp2).putShort(SS2, (short) ss2)
                .putInt(CR3, cr3)
                .putShort(LDT, (short) ldt)
                .putShort(TRAP, (short) (trap ? 1 : 0))
                .putShort(IOMAP, (short) ioMapBase);
        dynamicState().putTo(out);
        return out.array();
    }

    /**
     * @return the TSS whose first byte is at {@code offset}; reserved bits are ignored
     * @throws IllegalArgumentException if fewer than {@link #SIZE} bytes are available there
     */
    public static Tss32 fromBytes(byte[] bytes, int offset) {
        if (bytes == null || offset < 0 || offset > bytes.length - SIZE) {
            throw new IllegalArgumentException(String.format("a 32-bit TSS at offset %d needs %d bytes, but the array holds %s",
                    offset, SIZE, bytes == null ? "nothing" : bytes.length + " bytes"));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, SIZE).slice().order(ByteOrder.LITTLE_ENDIAN);
        return new Tss32(word(in, LINK), in.getInt(ESP0), word(in, SS0), in.getInt(ESP1), word(in, SS1),
                in.getInt(ESP2), word(in, SS2), in.getInt(CR3),
                in.getInt(EIP), in.getInt(EFLAGS), in.getInt(EAX), in.getInt(ECX), in.getInt(EDX), in.getInt(EBX),
                in.getInt(ESP), in.getInt(EBP), in.getInt(ESI), in.getInt(EDI),
                word(in, ES), word(in, CS), word(in, SS), word(in, DS), word(in, FS), word(in, GS),
                word(in, LDT), (word(in, TRAP) & 1) != 0, word(in, IOMAP));
    }

    private static int word(ByteBuffer in, int offset) {
        return in.getShort(offset) & 0xFFFF;
    }

    /** @return a few lines for the debugger's TSS panel, static fields first, then the saved registers */
    public String describe() {
        return String.format("""
                link %s  LDT %s  CR3 0x%08X  T=%d  I/O map base 0x%04X
                ring 0 stack %04X:%08X  ring 1 stack %04X:%08X  ring 2 stack %04X:%08X
                EIP 0x%08X  EFLAGS 0x%08X
                EAX 0x%08X  ECX 0x%08X  EDX 0x%08X  EBX 0x%08X
                ESP 0x%08X  EBP 0x%08X  ESI 0x%08X  EDI 0x%08X
                CS %04X  SS %04X  DS %04X  ES %04X  FS %04X  GS %04X""",
                Selector.of(link), Selector.of(ldt), cr3, trap ? 1 : 0, ioMapBase,
                ss0, esp0, ss1, esp1, ss2, esp2, eip, eflags, eax, ecx, edx, ebx, esp, ebp, esi, edi,
                cs, ss, ds, es, fs, gs);
    }
}
