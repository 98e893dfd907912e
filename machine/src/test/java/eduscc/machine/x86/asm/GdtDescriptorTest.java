package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assemble;
import static eduscc.machine.x86.asm.ExpectedBytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Barrelfish's SCC boot GDT (kernel/arch/scc/boot.S, facts/scc-lguest-x86.md §A.8): the flat
 * ring-0 code and data descriptors must come out byte for byte, however the student writes them.
 */
class GdtDescriptorTest {
    private static final String CODE = "FF FF 00 00 00 9A CF 00";
    private static final String DATA = "FF FF 00 00 00 93 CF 00";

    @Test
    void descriptorsAsDwordPairs() {
        assertEquals(CODE, hex(assemble("dd 0x0000ffff, 0x00cf9a00").bytes()));
        assertEquals(DATA, hex(assemble("dd 0x0000ffff, 0x00cf9300").bytes()));
    }

    @Test
    void descriptorsAsQuadwords() {
        assertEquals(CODE, hex(assemble("dq 0x00cf9a000000ffff").bytes()));
        assertEquals(DATA, hex(assemble("dq 0x00CF93000000FFFF").bytes()));
    }

    @Test
    void descriptorsBuiltFieldByField() {
        // limit 15:0, base 15:0, base 23:16, access, flags<<4 | limit 19:16, base 31:24 (SDM Vol. 3A §3.4.5)
        String source = """
                        dw 0xFFFF, 0
                        db 0, 0x9A, (0xC << 4) | 0xF, 0
                        dw 0xFFFF, 0
                        db 0, 0x93, (0xC << 4) | 0xF, 0
                """;
        assertEquals(CODE + " " + DATA, hex(assemble(source).bytes()));
    }
}
