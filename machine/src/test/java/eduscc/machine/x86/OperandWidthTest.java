package eduscc.machine.x86;

import static eduscc.machine.cpu.Registers.EAX;
import static eduscc.machine.cpu.Registers.EBX;
import static eduscc.machine.cpu.Registers.ECX;
import static eduscc.machine.cpu.Registers.EDX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same instruction bytes work on 16-bit operands in real mode and on 32-bit operands in flat
 * protected mode (the D bit of CS decides, SDM Vol. 1 §3.6 "Operand-size and Address-size
 * Attributes"), and 0x66 swaps the two. Start values: EAX=0x12348765, EBX=0x0000F00F, ECX=4, EDX=0.
 */
class OperandWidthTest {
    private static TestMachine prepared(boolean protectedMode, String code) {
        TestMachine m = protectedMode ? TestMachine.protectedMode(code) : TestMachine.realMode(code);
        m.regs.set(EAX, 0x12348765);
        m.regs.set(EBX, 0x0000F00F);
        m.regs.set(ECX, 4);
        m.regs.set(EDX, 0);
        return m;
    }

    @ParameterizedTest(name = "{0}: {1} gives EAX {2} in real mode, {3} in protected mode")
    @CsvSource({
        "ADD,    01 D8,    12347774, 12357774",
        "SUB,    29 D8,    12349756, 12339756",
        "NOT,    F7 D0,    1234789A, EDCB789A",
        "SHL 1,  D1 E0,    12340ECA, 24690ECA",
        "SAR 1,  D1 F8,    1234C3B2, 091A43B2",
        "SHL CL, D3 E0,    12347650, 23487650",
        "CBW,    98,       12340065, FFFF8765",
        "MOVZX,  0F B6 C3, 1234000F, 0000000F",
        "MOVSX,  0F BF C3, 1234F00F, FFFFF00F",
        "XCHG,   93,       1234F00F, 0000F00F",
        "IMUL,   0F AF C3, 12349EEB, 50029EEB",
        "MUL,    F7 E3,    12349EEB, 50029EEB",
        "BSR,    0F BD C3, 1234000F, 0000000F",
    })
    void sameBytesSixteenBitInRealModeThirtyTwoBitInProtectedMode(String name, String code, String real, String prot) {
        TestMachine r = prepared(false, code);
        r.step();
        assertEquals((int) Long.parseLong(real, 16), r.eax(), name + " in real mode");
        TestMachine p = prepared(true, code);
        p.step();
        assertEquals((int) Long.parseLong(prot, 16), p.eax(), name + " in protected mode");
    }

    @ParameterizedTest(name = "0x66 {0}: real mode acts on 32 bits, protected mode on 16")
    @CsvSource({
        "ADD,    01 D8,    12357774, 12347774",
        "CBW,    98,       FFFF8765, 12340065",
        "MUL,    F7 E3,    50029EEB, 12349EEB",
    })
    void operandSizePrefixSwapsTheWidths(String name, String code, String real, String prot) {
        TestMachine r = prepared(false, "66 " + code);
        r.step();
        assertEquals((int) Long.parseLong(real, 16), r.eax(), name + " in real mode");
        TestMachine p = prepared(true, "66 " + code);
        p.step();
        assertEquals((int) Long.parseLong(prot, 16), p.eax(), name + " in protected mode");
    }

    @ParameterizedTest(name = "MUL {0} high half in {1}")
    @CsvSource({"real, 00007EF6", "protected, 00001112"})
    void mulHighHalfGoesToDxOrEdx(String mode, String high) {
        TestMachine m = prepared(mode.equals("protected"), "F7 E3");
        m.step();
        assertEquals((int) Long.parseLong(high, 16), m.reg(EDX));
    }
}
