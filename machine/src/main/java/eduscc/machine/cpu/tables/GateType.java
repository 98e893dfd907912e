package eduscc.machine.cpu.tables;

import java.util.Optional;

/**
 * The system descriptor types that are gates, from SDM Vol. 3A §3.5 "System Descriptor Types";
 * §5.8.3 "Call Gates", §6.11 "IDT Descriptors" and §7.2.5 "Task-Gate Descriptor" explain their use.
 *
 * <p>Bit 3 of the type is the size bit D: with it set, the gate pushes 32-bit values and uses the full
 * 32-bit offset, and without it the 80286 16-bit form is used. The task gate has no size because it
 * transfers control to a whole task, not to an offset.
 */
public enum GateType {
    CALL16(DescriptorType.CALL_GATE16),
    TASK(DescriptorType.TASK_GATE),
    INTERRUPT16(DescriptorType.INTERRUPT_GATE16),
    TRAP16(DescriptorType.TRAP_GATE16),
    CALL32(DescriptorType.CALL_GATE32),
    INTERRUPT32(DescriptorType.INTERRUPT_GATE32),
    TRAP32(DescriptorType.TRAP_GATE32);

    private final int code;

    GateType(int code) {
        this.code = code;
    }

    /** @return the 4-bit value in the type field of byte 5 */
    public int code() {
        return code;
    }

    /** @return the gate type with this 4-bit code, or empty if the code is not a gate */
    public static Optional<GateType> fromCode(int code) {
        for (GateType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** @return true for the 32-bit forms (type bit 3 set); false for 16-bit gates and the task gate */
    public boolean is32Bit() {
        return this != TASK && (code & 0x8) != 0;
    }

    /**
     * An interrupt gate clears IF on entry so the handler cannot be interrupted before it has saved
     * what it needs; a trap gate leaves IF as it was (SDM §6.12.1.2). Both clear TF, NT, RF and VM.
     *
     * @return true for interrupt gates
     */
    public boolean clearsInterruptFlag() {
        return this == INTERRUPT16 || this == INTERRUPT32;
    }

    /** @return false only for the task gate, whose offset bytes the CPU ignores */
    public boolean hasOffset() {
        return this != TASK;
    }

    /** @return true for call gates, the only gates that copy parameters between stacks */
    public boolean isCallGate() {
        return this == CALL16 || this == CALL32;
    }

    /** @return the SDM's name, e.g. "32-bit interrupt gate" */
    public String sdmName() {
        return DescriptorType.systemTypeName(code);
    }
}
