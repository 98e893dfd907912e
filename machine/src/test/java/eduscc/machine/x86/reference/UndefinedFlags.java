package eduscc.machine.x86.reference;

/**
 * Which arithmetic flags the SDM leaves undefined at this point of a generated program. Each
 * instruction's page in SDM Vol. 2 says which flags it sets, leaves alone, or leaves undefined
 * (MUL: SF, ZF, AF, PF undefined; DIV: all six; AND: AF; a shift by more than one: OF ...); a
 * flag stays undefined until an instruction defines it again. The generator never lets an
 * instruction read an undefined flag, and the comparison masks those still undefined at the end.
 */
final class UndefinedFlags {
    static final int CF = 0x001;
    static final int PF = 0x004;
    static final int AF = 0x010;
    static final int ZF = 0x040;
    static final int SF = 0x080;
    static final int OF = 0x800;
    static final int ALL = CF | PF | AF | ZF | SF | OF;

    private int now;
    private int ever;

    /** An instruction that writes {@code defined} and leaves {@code undefined} undefined. */
    void after(int defined, int undefined) {
        now = (now & ~defined) | undefined;
        ever |= undefined;
    }

    /** Where two paths meet (a jump taken or not): undefined if undefined on either. */
    void merge(int otherPath) {
        now |= otherPath;
    }

    boolean anyUndefined(int flags) {
        return (now & flags) != 0;
    }

    int now() {
        return now;
    }

    /** Every flag that was undefined at some point: the mask for a fault in the middle of the program. */
    int ever() {
        return ever;
    }

    /** The arithmetic flags a condition code (the low nibble of Jcc) reads (SDM Vol. 2 Appendix B.1). */
    static int readBy(int condition) {
        return switch (condition >> 1) {
            case 0 -> OF;
            case 1 -> CF;
            case 2 -> ZF;
            case 3 -> CF | ZF;
            case 4 -> SF;
            case 5 -> PF;
            case 6 -> SF | OF;
            default -> ZF | SF | OF;
        };
    }
}
