package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assemble;
import static eduscc.machine.x86.asm.ExpectedBytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * How jumps and other value-dependent forms are sized over the passes: short until the target is
 * out of reach, then near for good. The layouts agree with NASM 2.16.01.
 */
class BranchSizingTest {

    @Test
    void forwardJumpsAreShortWhileTheTargetIsInReachAndNearBeyond() {
        Assembly a = assemble("""
                bits 16
                    jmp fwd
                    times 200 nop
                fwd:
                    jz fwd2
                    times 127 nop
                fwd2:
                    jz fwd3
                    times 128 nop
                fwd3:
                """);
        assertEquals("E9 C8 00", hex(slice(a, 0, 3)), "200 bytes away needs the near form");
        assertEquals("74 7F", hex(slice(a, 0xCB, 2)), "127 bytes away is the farthest a short jump reaches");
        assertEquals("0F 84 80 00", hex(slice(a, 0x14C, 4)), "128 bytes away needs the near form");
        assertEquals(464L, a.symbols().get("fwd3"));
    }

    @Test
    void growingOneJumpCanPushAnotherOutOfReach() {
        // jz reaches target with 127 bytes to spare only while "jmp back" is short; jmp back is
        // too far for a short jump, and its third byte pushes the target to 128.
        Assembly a = assemble("""
                bits 16
                back:
                    times 130 nop
                    jz target
                    jmp back
                    times 125 nop
                target:
                """);
        assertEquals("0F 84 80 00 E9 77 FF", hex(slice(a, 130, 7)));
    }

    @Test
    void theSameCascadeWithOneByteLessStaysShort() {
        Assembly a = assemble("""
                bits 16
                back:
                    times 130 nop
                    jz target
                    jmp back
                    times 124 nop
                target:
                """);
        assertEquals("74 7F E9 79 FF", hex(slice(a, 130, 5)));
    }

    @Test
    void backwardJumpsAreSizedFromTheKnownDistance() {
        assertEquals("EB FE EB FC E9 F7 FF FF FF 74 F5 0F 84 EF FF FF FF E8 EA FF FF FF",
                hex(assemble("""
                        bits 32
                        start:
                            jmp start
                            jmp short start
                            jmp near start
                            jz start
                            jz near start
                            call start
                        """).bytes()));
    }

    @Test
    void displacementAndImmediateSizesFollowForwardLabelDifferences() {
        Assembly a = assemble("""
                bits 32
                    mov eax, [ebx + tail - head]
                    push tail - head
                    add ecx, tail - head
                head:
                    times 4 nop
                tail:
                """);
        assertEquals("8B 43 04 6A 04 83 C1 04", hex(slice(a, 0, 8)));
    }

    @Test
    void valuesContainingALabelAddressAreAlwaysFullWidth() {
        // NASM does the same, so that an instruction's size never depends on where the program is loaded.
        assertEquals("68 00 00 00 00 8B 83 00 00 00 00",
                hex(assemble("bits 32\nhere: push here\nmov eax, [ebx + here]").bytes()));
    }

    @Test
    void forcedShortJumpOutOfRangeIsReportedAgainstItsLine() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> Assembler.assemble("far.asm", "jmp short there\ntimes 200 nop\nthere:"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("far.asm:1: short jump out of range"), e.getMessage());
    }

    @Test
    void loopHasNoNearFormSoAFarTargetIsAnError() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> Assembler.assemble("loop.asm", "top:\ntimes 130 nop\nloop top"));
        assertEquals(3, e.line());
    }

    @Test
    void aLayoutThatCanNeverSettleIsAnErrorNotAHang() {
        // One byte of padding moves x to 1, which asks for no padding, which moves x back to 0...
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> Assembler.assemble("flip.asm", "times 1 - (x - $$) db 0\nx:"));
        assertTrue(e.getMessage().contains("does not settle"), e.getMessage());
    }

    private static byte[] slice(Assembly a, int offset, int length) {
        return Arrays.copyOfRange(a.bytes(), offset, offset + length);
    }
}
