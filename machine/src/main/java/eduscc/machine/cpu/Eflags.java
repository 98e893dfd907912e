package eduscc.machine.cpu;

/**
 * The bits of EFLAGS that a P54C implements (SDM Vol. 1 §3.4.3 "EFLAGS Register").
 * Bit 1 is reserved and always reads as one, which is why the reset value is 0x00000002.
 */
public final class Eflags {
    public static final int CF = 1 << 0;
    public static final int RESERVED_ONE = 1 << 1;
    public static final int PF = 1 << 2;
    public static final int AF = 1 << 4;
    public static final int ZF = 1 << 6;
    public static final int SF = 1 << 7;
    public static final int TF = 1 << 8;
    public static final int IF = 1 << 9;
    public static final int DF = 1 << 10;
    public static final int OF = 1 << 11;
    public static final int IOPL = 3 << 12;
    public static final int NT = 1 << 14;
    public static final int RF = 1 << 16;
    public static final int VM = 1 << 17;
    public static final int AC = 1 << 18;
    /** The P54C has the ID flag (CPUID is present). */
    public static final int ID = 1 << 21;

    /** Bits software can ever change; the rest read as zero (bit 1 reads as one). */
    public static final int WRITABLE = CF | PF | AF | ZF | SF | TF | IF | DF | OF | IOPL | NT | RF | VM | AC | ID;

    /** SDM §9.1.1: EFLAGS after reset. */
    public static final int RESET = RESERVED_ONE;

    private Eflags() {
    }

    public static int iopl(int eflags) {
        return (eflags >>> 12) & 3;
    }

    /** A short text such as {@code IF ZF} for listings and the debugger. */
    public static String describe(int eflags) {
        StringBuilder s = new StringBuilder();
        append(s, eflags, CF, "CF");
        append(s, eflags, PF, "PF");
        append(s, eflags, AF, "AF");
        append(s, eflags, ZF, "ZF");
        append(s, eflags, SF, "SF");
        append(s, eflags, TF, "TF");
        append(s, eflags, IF, "IF");
        append(s, eflags, DF, "DF");
        append(s, eflags, OF, "OF");
        append(s, eflags, NT, "NT");
        append(s, eflags, RF, "RF");
        append(s, eflags, VM, "VM");
        if (iopl(eflags) != 0) {
            s.append(s.length() == 0 ? "" : " ").append("IOPL=").append(iopl(eflags));
        }
        return s.toString();
    }

    private static void append(StringBuilder s, int eflags, int bit, String name) {
        if ((eflags & bit) != 0) {
            s.append(s.length() == 0 ? "" : " ").append(name);
        }
    }
}
