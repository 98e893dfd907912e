package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.x86.asm.Assembly;
import org.junit.jupiter.api.Test;

class SwitcherCodeTest {
    @Test
    void theSwitcherIsOnePageAtTheTopOfTheAddressSpace() {
        Assembly switcher = SwitcherCode.assembly();
        assertEquals(0xFFC00000L, switcher.origin());
        assertTrue(switcher.bytes().length <= 4096, switcher.bytes().length + " bytes");
        assertEquals(0xFFC00000, SwitcherCode.address("run_guest_once"));
    }

    @Test
    void runGuestOnceIsPushfAFarCallThroughLguestEntryAndRet() {
        byte[] code = SwitcherCode.assembly().bytes();
        int entry = SwitcherCode.address("lguest_entry");
        // 9C PUSHF; FF 1D disp32 CALL FAR [lguest_entry]; C3 RET
        assertEquals(0x9C, code[0] & 0xFF);
        assertEquals(0xFF, code[1] & 0xFF);
        assertEquals(0x1D, code[2] & 0xFF);
        assertEquals(entry, readInt(code, 3));
        assertEquals(0xC3, code[7] & 0xFF);
        // the far pointer: offset of switch_to_guest, then LGUEST_CS
        int at = entry - SwitcherLayout.CODE;
        assertEquals(SwitcherCode.address("switch_to_guest"), readInt(code, at));
        assertEquals(SwitcherLayout.LGUEST_CS, (code[at + 4] & 0xFF) | (code[at + 5] & 0xFF) << 8);
    }

    @Test
    void stubsPushAnErrorCodeOnlyWhereTheProcessorDoesNot() {
        byte[] code = SwitcherCode.assembly().bytes();
        // vector 0: 6A 00 push 0, 6A 00 push 0
        int stub0 = SwitcherCode.stub(0) - SwitcherLayout.CODE;
        assertEquals(0x6A, code[stub0] & 0xFF);
        assertEquals(0x00, code[stub0 + 1]);
        assertEquals(0x6A, code[stub0 + 2] & 0xFF);
        assertEquals(0x00, code[stub0 + 3]);
        // vector 14: the processor pushed the error code; the stub only pushes 14
        int stub14 = SwitcherCode.stub(14) - SwitcherLayout.CODE;
        assertEquals(0x6A, code[stub14] & 0xFF);
        assertEquals(14, code[stub14 + 1]);
    }

    @Test
    void theAssemblyOffsetsAgreeWithTheLayout() {
        assertEquals(0xFFC01FB8, SwitcherLayout.REGS);
        assertEquals(0xFFC01FE4, SwitcherLayout.TRAPNUM);
        assertEquals(0xFFC02888, SwitcherLayout.GUEST_GDT);
        assertEquals(SwitcherLayout.REGS - SwitcherLayout.REGS_PAGE, SwitcherCode.assembly().symbols().get("REGS").intValue());
        assertEquals(SwitcherLayout.GUEST_GDT - SwitcherLayout.REGS_PAGE,
            SwitcherCode.assembly().symbols().get("GUEST_GDT").intValue());
        assertEquals(SwitcherLayout.HOST_SP - SwitcherLayout.REGS_PAGE, SwitcherCode.assembly().symbols().get("HOST_SP").intValue());
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
