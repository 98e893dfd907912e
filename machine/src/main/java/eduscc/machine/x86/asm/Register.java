package eduscc.machine.x86.asm;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The registers an operand may name, each with the 3-bit number the CPU expects in a ModRM reg or
 * r/m field (SDM Vol. 2A §2.1.5, Table 2-1 "16-Bit Addressing Forms with the ModR/M Byte" and
 * Table 2-2 for the 32-bit forms).
 *
 * <p>The order AL, CL, DL, BL, AH, CH, DH, BH (and AX, CX, DX, BX, SP, BP, SI, DI) is the
 * hardware numbering, not the alphabet: it is why {@code inc bx} is 0x43.
 */
enum Register {
    AL(Kind.GENERAL, 8, 0), CL(Kind.GENERAL, 8, 1), DL(Kind.GENERAL, 8, 2), BL(Kind.GENERAL, 8, 3),
    AH(Kind.GENERAL, 8, 4), CH(Kind.GENERAL, 8, 5), DH(Kind.GENERAL, 8, 6), BH(Kind.GENERAL, 8, 7),
    AX(Kind.GENERAL, 16, 0), CX(Kind.GENERAL, 16, 1), DX(Kind.GENERAL, 16, 2), BX(Kind.GENERAL, 16, 3),
    SP(Kind.GENERAL, 16, 4), BP(Kind.GENERAL, 16, 5), SI(Kind.GENERAL, 16, 6), DI(Kind.GENERAL, 16, 7),
    EAX(Kind.GENERAL, 32, 0), ECX(Kind.GENERAL, 32, 1), EDX(Kind.GENERAL, 32, 2), EBX(Kind.GENERAL, 32, 3),
    ESP(Kind.GENERAL, 32, 4), EBP(Kind.GENERAL, 32, 5), ESI(Kind.GENERAL, 32, 6), EDI(Kind.GENERAL, 32, 7),
    /** Segment registers in the order of the Sreg field of 8C/8E (SDM Vol. 2A §3.1.1.3). */
    ES(Kind.SEGMENT, 16, 0), CS(Kind.SEGMENT, 16, 1), SS(Kind.SEGMENT, 16, 2),
    DS(Kind.SEGMENT, 16, 3), FS(Kind.SEGMENT, 16, 4), GS(Kind.SEGMENT, 16, 5),
    /** Control registers; CR1 is reserved on IA-32, so it is not offered. */
    CR0(Kind.CONTROL, 32, 0), CR2(Kind.CONTROL, 32, 2), CR3(Kind.CONTROL, 32, 3), CR4(Kind.CONTROL, 32, 4);

    enum Kind { GENERAL, SEGMENT, CONTROL }

    private static final Map<String, Register> BY_NAME = new HashMap<>();

    static {
        for (Register r : values()) {
            BY_NAME.put(r.name().toLowerCase(Locale.ROOT), r);
        }
    }

    final Kind kind;
    final int bits;
    final int code;

    Register(Kind kind, int bits, int code) {
        this.kind = kind;
        this.bits = bits;
        this.code = code;
    }

    /** The register spelled {@code name} in any case, or {@code null} if it is not a register. */
    static Register named(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    boolean isGeneral() {
        return kind == Kind.GENERAL;
    }

    /** AL, AX or EAX: the accumulator, which many opcodes have a shorter form for. */
    boolean isAccumulator() {
        return kind == Kind.GENERAL && code == 0;
    }

    /** The segment-override prefix byte for this segment register (SDM Vol. 2A §2.1.1, group 2). */
    int overridePrefix() {
        return switch (this) {
            case ES -> 0x26;
            case CS -> 0x2E;
            case SS -> 0x36;
            case DS -> 0x3E;
            case FS -> 0x64;
            case GS -> 0x65;
            default -> throw new IllegalStateException(this + " is not a segment register");
        };
    }

    String lower() {
        return name().toLowerCase(Locale.ROOT);
    }
}
