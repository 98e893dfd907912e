package eduscc.machine.cpu.tables;

/**
 * The 4-bit type field of a descriptor (byte 5, bits 0-3), as listed in SDM Vol. 3A §3.4.5.1
 * "Code- and Data-Segment Descriptor Types" and §3.5 "System Descriptor Types".
 *
 * <p>The same four bits mean two different things depending on the S flag: for code and data
 * segments (S=1) they are individual flag bits, for system descriptors (S=0) they are one
 * enumerated value. That is why this class has two groups of constants.
 */
public final class DescriptorType {

    // --- S=1: code and data segments. Bit 3 tells code from data; the other bits depend on it.

    /** Bit 3: set for a code segment, clear for a data segment. */
    public static final int CODE = 0x8;
    /** Code bit 2: a conforming segment runs at the caller's CPL instead of its own DPL. */
    public static final int CONFORMING = 0x4;
    /** Code bit 1: the segment may be read as data (code is never writable). */
    public static final int READABLE = 0x2;
    /** Data bit 2: the valid offsets lie above the limit (stacks that grow down). */
    public static final int EXPAND_DOWN = 0x4;
    /** Data bit 1: the segment may be written (data is always readable). */
    public static final int WRITABLE = 0x2;
    /** Bit 0: the CPU sets it when it loads the descriptor into a segment register. */
    public static final int ACCESSED = 0x1;

    // --- S=0: system descriptors. 0, 8, 0xA and 0xD are reserved on IA-32.

    public static final int TSS16_AVAILABLE = 0x1;
    public static final int LDT = 0x2;
    public static final int TSS16_BUSY = 0x3;
    public static final int CALL_GATE16 = 0x4;
    public static final int TASK_GATE = 0x5;
    public static final int INTERRUPT_GATE16 = 0x6;
    public static final int TRAP_GATE16 = 0x7;
    public static final int TSS32_AVAILABLE = 0x9;
    public static final int TSS32_BUSY = 0xB;
    public static final int CALL_GATE32 = 0xC;
    public static final int INTERRUPT_GATE32 = 0xE;
    public static final int TRAP_GATE32 = 0xF;

    /**
     * Bit 1 of a TSS type is the busy flag (1 &lt;-&gt; 3, 9 &lt;-&gt; 0xB). The task switch and LTR
     * flip only this bit, so a busy TSS can never be entered a second time (SDM §7.2.2).
     */
    public static final int BUSY = 0x2;

    private DescriptorType() {
    }

    /**
     * The SDM's name for a system descriptor type (S=0), for error messages and the debugger.
     *
     * @param type the 4-bit type field
     * @return a short name such as "32-bit TSS (busy)", or "reserved" for 0, 8, 0xA and 0xD
     */
    public static String systemTypeName(int type) {
        return switch (type) {
            case TSS16_AVAILABLE -> "16-bit TSS (available)";
            case LDT -> "LDT";
            case TSS16_BUSY -> "16-bit TSS (busy)";
            case CALL_GATE16 -> "16-bit call gate";
            case TASK_GATE -> "task gate";
            case INTERRUPT_GATE16 -> "16-bit interrupt gate";
            case TRAP_GATE16 -> "16-bit trap gate";
            case TSS32_AVAILABLE -> "32-bit TSS (available)";
            case TSS32_BUSY -> "32-bit TSS (busy)";
            case CALL_GATE32 -> "32-bit call gate";
            case INTERRUPT_GATE32 -> "32-bit interrupt gate";
            case TRAP_GATE32 -> "32-bit trap gate";
            default -> "reserved";
        };
    }
}
