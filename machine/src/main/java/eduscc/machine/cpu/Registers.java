package eduscc.machine.cpu;

/**
 * The P54C register file (SDM Vol. 1 §3.4 "Basic Program Execution Registers", Vol. 3A §2.4 and
 * §2.5 for the system registers). General registers and segment registers are indexed in the
 * order the x86 encoding uses, so the interpreter can index them with ModRM fields directly.
 */
public final class Registers {
    public static final int EAX = 0;
    public static final int ECX = 1;
    public static final int EDX = 2;
    public static final int EBX = 3;
    public static final int ESP = 4;
    public static final int EBP = 5;
    public static final int ESI = 6;
    public static final int EDI = 7;
    public static final String[] GPR_NAMES = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};

    public static final int ES = 0;
    public static final int CS = 1;
    public static final int SS = 2;
    public static final int DS = 3;
    public static final int FS = 4;
    public static final int GS = 5;
    public static final String[] SEGMENT_NAMES = {"es", "cs", "ss", "ds", "fs", "gs"};

    /** The P54C in the SCC reports family 5, model 2 (facts A.3, D.6); stepping chosen as 0xC. */
    public static final int PROCESSOR_SIGNATURE = 0x0000052C;

    private final int[] gpr = new int[8];
    private final SegmentRegister[] segments = new SegmentRegister[6];
    public int eip;
    public int eflags;
    public int cr0;
    public int cr2;
    public int cr3;
    public int cr4;
    public int gdtrBase;
    public int gdtrLimit;
    public int idtrBase;
    public int idtrLimit;
    public final SegmentRegister ldtr = new SegmentRegister("ldtr");
    public final SegmentRegister tr = new SegmentRegister("tr");
    /**
     * The current privilege level. The CPU keeps it apart from CS: between setting CR0.PE and the
     * far jump, CS still holds a real-mode selector whose low bits mean nothing, and CPL is 0.
     */
    private int cpl;

    public Registers() {
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new SegmentRegister(SEGMENT_NAMES[i]);
        }
        reset();
    }

    /** SDM §9.1.1 "Processor State After Reset" (facts D.6). */
    public void reset() {
        java.util.Arrays.fill(gpr, 0);
        gpr[EDX] = PROCESSOR_SIGNATURE;
        eip = 0xFFF0;
        eflags = Eflags.RESET;
        cr0 = ControlBits.CR0_RESET;
        cr2 = 0;
        cr3 = 0;
        cr4 = 0;
        for (SegmentRegister s : segments) {
            s.load(0, 0, 0xFFFF, SegmentRegister.REAL_MODE_ACCESS, false);
        }
        // The first fetch comes from 0xFFFFFFF0: CS holds 0xF000 but its cached base is 0xFFFF0000.
        segments[CS].load(0xF000, 0xFFFF0000, 0xFFFF, 0x9B, false);
        gdtrBase = 0;
        gdtrLimit = 0xFFFF;
        idtrBase = 0;
        idtrLimit = 0xFFFF;
        ldtr.load(0, 0, 0xFFFF, 0x82, false);
        tr.load(0, 0, 0xFFFF, 0x8B, false);
        cpl = 0;
    }

    public int get(int index) {
        return gpr[index];
    }

    public void set(int index, int value) {
        gpr[index] = value;
    }

    public int get16(int index) {
        return gpr[index] & 0xFFFF;
    }

    public void set16(int index, int value) {
        gpr[index] = (gpr[index] & 0xFFFF0000) | (value & 0xFFFF);
    }

    /** 8-bit registers in encoding order: AL CL DL BL AH CH DH BH. */
    public int get8(int index) {
        return index < 4 ? gpr[index] & 0xFF : (gpr[index - 4] >>> 8) & 0xFF;
    }

    public void set8(int index, int value) {
        if (index < 4) {
            gpr[index] = (gpr[index] & 0xFFFFFF00) | (value & 0xFF);
        } else {
            gpr[index - 4] = (gpr[index - 4] & 0xFFFF00FF) | ((value & 0xFF) << 8);
        }
    }

    public SegmentRegister segment(int index) {
        return segments[index];
    }

    public SegmentRegister cs() {
        return segments[CS];
    }

    public SegmentRegister ss() {
        return segments[SS];
    }

    public SegmentRegister ds() {
        return segments[DS];
    }

    public boolean protectedMode() {
        return (cr0 & ControlBits.CR0_PE) != 0;
    }

    public boolean paging() {
        return (cr0 & ControlBits.CR0_PG) != 0;
    }

    /** The current privilege level: set by every protected-mode load of CS, 0 in real mode. */
    public int cpl() {
        return protectedMode() ? cpl : 0;
    }

    /** Only loads of CS in protected mode (far transfers, interrupts, IRET, task switches) call this. */
    public void setCpl(int level) {
        cpl = level & 3;
    }

    public boolean interruptsEnabled() {
        return (eflags & Eflags.IF) != 0;
    }

    /** Whether a stack access uses ESP (32-bit stack segment) or SP. */
    public boolean stack32() {
        return segments[SS].big();
    }

    public int esp() {
        return gpr[ESP];
    }

    public void setEsp(int value) {
        gpr[ESP] = value;
    }
}
