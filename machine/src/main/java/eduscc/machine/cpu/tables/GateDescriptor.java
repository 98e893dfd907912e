package eduscc.machine.cpu.tables;

/**
 * One 8-byte gate in the IDT, GDT or LDT, modelled after SDM Vol. 3A §6.11 "IDT Descriptors",
 * §5.8.3 "Call Gates" and §7.2.5 "Task-Gate Descriptor" (layout in facts D.2).
 *
 * <p>A gate holds no segment of its own: it names a code segment by selector plus an entry offset
 * (or, for a task gate, a TSS selector). The offset is split into bytes 0-1 and 6-7 because the
 * 80286 gate had a 16-bit offset in bytes 0-1 and reserved bytes 6-7, which the 80386 reused.
 *
 * <p>In the IDT, type 0xE is the 32-bit interrupt gate, which clears IF on entry so a hardware
 * interrupt handler starts with interrupts off; type 0xF is the 32-bit trap gate, which leaves IF
 * unchanged, so an exception or system-call handler stays interruptible (SDM §6.12.1.2).
 *
 * @param selector   the code segment (or, for a task gate, the TSS) the gate leads to
 * @param offset     the entry point inside that segment; always 0 for a task gate
 * @param type       which gate this is
 * @param dpl        the outermost ring allowed to use the gate through INT n or CALL (CPL &lt;= DPL);
 *                   hardware interrupts and exceptions ignore it
 * @param present    the P flag; using a not-present gate raises #NP
 * @param paramCount for call gates, the number of stack parameters copied on a ring change, 0..31;
 *                   0 for every other gate
 */
public record GateDescriptor(Selector selector, int offset, GateType type, int dpl, boolean present,
                             int paramCount) {

    public GateDescriptor {
        if (selector == null || type == null) {
            throw new IllegalArgumentException("a gate needs a selector and a type");
        }
        if (dpl < 0 || dpl > 3) {
            throw new IllegalArgumentException("gate DPL " + dpl + " is outside 0..3");
        }
        if (!type.hasOffset() && offset != 0) {
            throw new IllegalArgumentException(String.format(
                    "a task gate has no offset (the new EIP comes from the TSS), but 0x%08X was given", offset));
        }
        if (paramCount < 0 || paramCount > 31) {
            throw new IllegalArgumentException("call gate parameter count " + paramCount + " is outside 0..31");
        }
        if (!type.isCallGate() && paramCount != 0) {
            throw new IllegalArgumentException("only call gates copy parameters, but a " + type.sdmName()
                    + " was given a parameter count of " + paramCount);
        }
    }

    /** @return a present 32-bit interrupt gate (hi word 0x8E00 at DPL 0, 0xEE00 at DPL 3) */
    public static GateDescriptor interruptGate(Selector codeSegment, int offset, int dpl) {
        return new GateDescriptor(codeSegment, offset, GateType.INTERRUPT32, dpl, true, 0);
    }

    /** @return a present 32-bit trap gate (hi word 0x8F00 at DPL 0, 0xEF00 at DPL 3) */
    public static GateDescriptor trapGate(Selector codeSegment, int offset, int dpl) {
        return new GateDescriptor(codeSegment, offset, GateType.TRAP32, dpl, true, 0);
    }

    /** @return a present task gate that switches to the task whose TSS descriptor {@code tss} selects */
    public static GateDescriptor taskGate(Selector tss, int dpl) {
        return new GateDescriptor(tss, 0, GateType.TASK, dpl, true, 0);
    }

    /** @return a present 32-bit call gate */
    public static GateDescriptor callGate(Selector codeSegment, int offset, int dpl, int paramCount) {
        return new GateDescriptor(codeSegment, offset, GateType.CALL32, dpl, true, paramCount);
    }

    /** @return byte 5: P, DPL, S (always 0 for a gate) and type */
    public int accessByte() {
        return (present ? 0x80 : 0) | dpl << 5 | type.code();
    }

    /**
     * @return the 8 bytes as one little-endian value: the low dword is {@code selector<<16 | offset 15:0},
     *         the high dword {@code offset 31:16 <<16 | P<<15 | DPL<<13 | type<<8 | paramCount}
     */
    public long encode() {
        long low = (long) selector.value() << 16 | (offset & 0xFFFFL);
        long high = (offset & 0xFFFF0000L) | (long) accessByte() << 8 | paramCount;
        return high << 32 | low;
    }

    /** @return the 8 bytes as they lie in the IDT, GDT or LDT */
    public byte[] toBytes() {
        return DescriptorBytes.toBytes(encode());
    }

    /**
     * Reads a gate the way the CPU does: the offset bytes of a task gate and byte 4 of interrupt and
     * trap gates are ignored, so they decode as 0 whatever the memory holds.
     *
     * @throws IllegalArgumentException if the S flag is set or the type is not a gate type
     */
    public static GateDescriptor decode(long bits) {
        int access = (int) (bits >>> 40 & 0xFF);
        int typeCode = access & 0xF;
        if ((access & 0x10) != 0) {
            throw new IllegalArgumentException(String.format(
                    "descriptor 0x%016X is not a gate: S=1 marks a code or data segment (type 0x%X)", bits, typeCode));
        }
        GateType type = GateType.fromCode(typeCode).orElseThrow(() -> new IllegalArgumentException(String.format(
                "descriptor 0x%016X is not a gate: type 0x%X is a %s", bits, typeCode,
                DescriptorType.systemTypeName(typeCode))));
        int offset = type.hasOffset() ? (int) (bits & 0xFFFF) | (int) (bits >>> 32 & 0xFFFF0000L) : 0;
        int paramCount = type.isCallGate() ? (int) (bits >>> 32 & 0x1F) : 0;
        Selector selector = Selector.of((int) (bits >>> 16 & 0xFFFF));
        return new GateDescriptor(selector, offset, type, access >>> 5 & 0x3, (access & 0x80) != 0, paramCount);
    }

    /** @return the gate whose 8 bytes start at {@code offset}, e.g. IDT base + vector * 8 */
    public static GateDescriptor fromBytes(byte[] bytes, int offset) {
        return decode(DescriptorBytes.fromBytes(bytes, offset, "gate descriptor"));
    }

    /** @return one line for the debugger, e.g. {@code 32-bit interrupt gate DPL0 -> 0x08 (GDT[1], RPL 0):0x00101000 present, clears IF} */
    public String describe() {
        StringBuilder line = new StringBuilder(type.sdmName()).append(" DPL").append(dpl);
        if (type.hasOffset()) {
            line.append(String.format(" -> %s:0x%08X", selector, offset));
        } else {
            line.append(" -> TSS ").append(selector);
        }
        if (type.isCallGate()) {
            line.append(' ').append(paramCount).append(paramCount == 1 ? " param" : " params");
        }
        line.append(present ? " present" : " not-present");
        if (type.hasOffset() && !type.isCallGate()) {
            line.append(type.clearsInterruptFlag() ? ", clears IF" : ", leaves IF");
        }
        return line.toString();
    }
}
