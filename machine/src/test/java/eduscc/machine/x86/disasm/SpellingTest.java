package eduscc.machine.x86.disasm;

import static eduscc.machine.x86.disasm.Bytes.decode;
import static eduscc.machine.x86.disasm.Bytes.decode16;
import static eduscc.machine.x86.disasm.Bytes.decode32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * How the disassembler writes what a student meets in boot code: size keywords only where the
 * operands leave the size open, segment overrides inside the brackets, prefix words only for a
 * prefix no operand shows, and branch targets as absolute addresses.
 */
class SpellingTest {

    @Test
    void bootStubInstructionsReadAsTheyAreWritten() {
        assertEquals("mov eax, cr0", decode16("0F20C0").text());
        assertEquals("mov cr0, eax", decode16("0F22C0").text());
        assertEquals("o32 lgdt [cs:0xf040]", decode16("2E660F011640F0").text());
        assertEquals("jmp dword 0x8:0xfffff05a", decode16("66EA5AF0FFFF0800").text());
        assertEquals("jmp 0x8:0x1234", decode16("EA34120800").text());
        assertEquals("jmp word 0x8:0x1234", decode32("66EA34120800").text());
        assertEquals("mov al, [cs:si]", decode16("2E8A04").text());
        assertEquals("cl1invmb", decode16("0F0A").text());
    }

    @Test
    void sizeKeywordOnlyWhereNoRegisterGivesTheSize() {
        assertEquals("mov byte [bx+si+0x10], 0x5", decode16("C6401005").text());
        assertEquals("mov [bx+si+0x10], al", decode16("884010").text());
        assertEquals("add word [bp-0x2], 0xfff0", decode16("8346FEF0").text());
        assertEquals("inc dword [ebx]", decode32("FF03").text());
        assertEquals("push word [bx]", decode16("FF37").text());
        assertEquals("movzx eax, byte [esi]", decode32("0FB606").text());
        assertEquals("lgdt [bx]", decode16("0F0117").text());
    }

    @Test
    void thirtyTwoBitAddressingShowsBaseIndexScaleAndDisplacement() {
        assertEquals("mov eax, [esp]", decode32("8B0424").text());
        assertEquals("mov eax, [ebp-0x4]", decode32("8B45FC").text());
        assertEquals("mov eax, [ebx+ecx*4+0x8]", decode32("8B448B08").text());
        assertEquals("mov eax, [ecx*4+0x1000]", decode32("8B048D00100000").text());
        assertEquals("mov eax, [0x12345678]", decode32("A178563412").text());
        assertEquals("mov ecx, [0x12345678]", decode32("8B0D78563412").text());
        assertEquals("mov ax, [ebx]", decode16("678B03").text());
        assertEquals("mov al, [dword 0x12345678]", decode16("67A078563412").text());
        assertEquals("mov [word es:0x1234], al", decode32("2667A23412").text());
    }

    @Test
    void relativeBranchesShowTheirTargetAndDistance() {
        assertEquals("jmp short 0x7c00", decode16("EBFE").text());
        assertEquals("je short 0x7c12", decode16("7410").text());
        assertEquals("jne near 0x7c04", decode16("0F850000").text());
        assertEquals("jmp near 0xfffff000", decode("E90DF0", 0xFFFFFFF0L, false).text());
        assertEquals("jmp near 0x100000", decode("E9BF0F1000", 0xFFFFF03CL, true).text());
        assertEquals("call 0x7c03", decode16("E80000").text());
        assertEquals("call dword 0x7c06", decode16("66E800000000").text());
        assertEquals("jcxz 0x7c02", decode16("E300").text());
        assertEquals("jecxz 0x7c03", decode16("67E300").text());
        assertEquals("a32 loop 0x7c03", decode16("67E200").text());
    }

    @Test
    void prefixWordsOnlyForPrefixesNoOperandShows() {
        assertEquals("mov eax, 0x1", decode16("66B801000000").text());
        assertEquals("o32 push es", decode16("6606").text());
        assertEquals("o32 ret", decode16("66C3").text());
        assertEquals("a32 movsb", decode16("67A4").text());
        assertEquals("rep movsb", decode16("F3A4").text());
        assertEquals("rep stosd", decode16("F366AB").text());
        assertEquals("repe cmpsb", decode16("F3A6").text());
        assertEquals("repne scasw", decode16("F2AF").text());
        assertEquals("lock add [bx], ax", decode16("F00107").text());
        assertEquals("pushfd", decode16("669C").text());
        assertEquals("o16 pushf", decode32("669C").text());
        assertEquals("iretd", decode32("CF").text());
        assertEquals("iretw", decode32("66CF").text());
        assertEquals("iret", decode16("CF").text());
    }

    /** The kit's assembler has no way to put a segment override on these; NASM reads the prefix word. */
    @Test
    void segmentOverrideWithoutMemoryOperandIsAPrefixWord() {
        assertEquals("cs lodsb", decode16("2EAC").text());
        assertEquals("es nop", decode16("2690").text());
    }

    @Test
    void systemAndPortInstructions() {
        assertEquals("ltr ax", decode32("0F00D8").text());
        assertEquals("str eax", decode32("0F00C8").text());
        assertEquals("lmsw ax", decode16("0F01F0").text());
        assertEquals("smsw eax", decode32("0F01E0").text());
        assertEquals("invlpg [bx+si]", decode16("0F0138").text());
        assertEquals("rdtsc", decode32("0F31").text());
        assertEquals("cpuid", decode32("0FA2").text());
        assertEquals("in al, 0x60", decode16("E460").text());
        assertEquals("in eax, 0x60", decode16("66E560").text());
        assertEquals("out dx, al", decode16("EE").text());
        assertEquals("out 0xe9, al", decode16("E6E9").text());
        assertEquals("int 0x21", decode16("CD21").text());
        assertEquals("int3", decode16("CC").text());
    }

    @Test
    void shiftByOneKeepsItsOwnEncodingApart() {
        assertEquals("shl ax, 1", decode16("D1E0").text());
        assertEquals("shl ax, 0x1", decode16("C1E001").text());
        assertEquals("sar byte [bx], cl", decode16("D23F").text());
    }

    @Test
    void instructionsBeyondTheInterpreterAreStillNamed() {
        assertEquals("leave", decode16("C9").text());
        assertEquals("enter 0x10, 0x0", decode16("C8100000").text());
        assertEquals("sete al", decode32("0F94C0").text());
        assertEquals("lds ax, [bx]", decode16("C507").text());
        assertEquals("bts eax, 0x3", decode32("0FBAE803").text());
        assertEquals("xlatb", decode16("D7").text());
    }

    @Test
    void instructionKeepsItsAddressBytesAndLength() {
        Instruction i = decode("2E660F011640F0", 0xFFFFF008L, false);
        assertEquals(0xFFFFF008L, i.address());
        assertEquals(7, i.length());
        assertEquals(0xFFFFF00FL, i.next());
        assertEquals("o32 lgdt", i.mnemonic());
        assertEquals("[cs:0xf040]", i.operands());
        assertEquals("2E660F011640F0", i.hex());
        assertTrue(i.valid());
        i.bytes()[0] = 0;
        assertEquals(0x2E, i.bytes()[0], "bytes() hands out a copy");
    }
}
