package eduscc.machine.x86.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake is an {@link AssemblyException} that names the source, the line and the problem. */
class ErrorTest {

    @Test
    void unknownMnemonicNamesFileLineAndWord() {
        String source = "; line 1\n".repeat(11) + "        movq rax, 1\n";
        AssemblyException e = assertThrows(AssemblyException.class, () -> Assembler.assemble("reset.asm", source));
        assertEquals("reset.asm:12: unknown instruction 'movq'", e.getMessage());
        assertEquals("reset.asm", e.sourceName());
        assertEquals(12, e.line());
        assertEquals("unknown instruction 'movq'", e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            x: dw 0 \\n y: dw 0 \\n mov [x], [y]    | 3 | 'mov' cannot take two memory operands
            mov al, 300                             | 1 | value 300 does not fit in 8 bits
            nop \\n add bl, 256                      | 2 | value 256 does not fit in 8 bits
            db 1, 2, 0x100                          | 1 | value 256 does not fit in 8 bits
            mov ax, 0x12345                         | 1 | value 0x12345 does not fit in 16 bits
            add ax, byte 200                        | 1 | value 200 does not fit in a sign-extended byte
            mov al, big \\n big equ 300              | 1 | value 300 does not fit in 8 bits
            jmp nowhere                             | 1 | undefined label 'nowhere'
            start: nop \\n start: nop                | 2 | duplicate label 'start' (first defined on line 1)
            a: \\n .x: \\n .x:                       | 3 | duplicate label 'a.x' (first defined on line 2)
            times -1 db 0                           | 1 | times count is negative (-1)
            mov [bx], 5                             | 1 | operation size not specified; write byte, word or dword
            mov eax, bx                             | 1 | operand sizes do not match (32 and 16 bits) in 'mov'
            mov ax, [ax]                            | 1 | not a valid 16-bit address: only bx or bp, plus si or di, can be combined
            mov ax, [bx*2]                          | 1 | 16-bit addresses cannot scale a register; use 32-bit registers
            mov eax, [ebx+eax*3]                    | 1 | scale must be 1, 2, 4 or 8, not 3
            mov eax, [esp*2]                        | 1 | esp cannot be an index register
            mov eax, [ebx-ecx]                      | 1 | a register cannot be subtracted in an address
            mov eax, [bx+ecx]                       | 1 | an address cannot mix 16-bit and 32-bit registers
            mov cr0, ax                             | 1 | control registers move only to or from a 32-bit general register
            add cs, 1                               | 1 | invalid operands for 'add'
            pop cs                                  | 1 | there is no 'pop cs'; CS changes only with a far jump, call or return
            push al                                 | 1 | invalid operands for 'push'
            lgdt eax                                | 1 | 'lgdt' needs a memory operand
            nop \\n nop \\n mov ax                    | 3 | 'mov' takes two operands, not 1
            cli 1                                   | 1 | 'cli' takes no operands, not 1
            int 256                                 | 1 | interrupt vector 256 is not in 0..255
            out 0x100, al                           | 1 | port 256 does not fit in a byte; put it in dx
            in bl, dx                               | 1 | 'in' moves data only through al, ax or eax
            shl ax, bl                              | 1 | a shift count must be an immediate or cl
            jmp far 0x1000                          | 1 | a far jump needs selector:offset, for example 'jmp 0x08:start'
            loopne near there \\n there:            | 1 | 'loopne' can only jump short
            db 1 \\n org 0x100                       | 2 | org must come before any code or data
            bits 64                                 | 1 | bits must be 16 or 32
            align 3                                 | 1 | align needs a constant power of two
            a equ a + 1                             | 1 | cannot work out the value of 'a'; does it depend on itself?
            eax: nop                                | 1 | 'eax' is a register and cannot be a label
            db "unterminated                        | 1 | unterminated string "unterminated
            db 0x1G                                 | 1 | bad number '0x1G'
            db 1 ! 2                                | 1 | unexpected character '!'
            db 1 / 0                                | 1 | division by zero
            db (1 + 2                               | 1 | missing ')'
            db 1,                                   | 1 | missing operand
            mov ax, bx cx                           | 1 | unexpected 'cx'
            rep                                     | 1 | a prefix needs an instruction after it
            o16 mov eax, 1                          | 1 | o16 contradicts the 32-bit operands
            mov ax, 1 + eax                         | 1 | register 'eax' cannot be used in an expression here
            """)
    void mistakeIsReportedWithItsLine(String source, int line, String problem) {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> Assembler.assemble("student.asm", source.replace("\\n", "\n")));
        assertEquals("student.asm:" + line + ": " + problem, e.getMessage());
    }

    @Test
    void lineNumbersCountWindowsLineEndingsOnce() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> Assembler.assemble("dos.asm", "nop\r\nnop\r\nbogus\r\n"));
        assertEquals(3, e.line());
    }

    @Test
    void theEarliestValueProblemOfTheFinalPassIsReported() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> Assembler.assemble("two.asm", "nop\nmov al, 999\nmov bl, 300"));
        assertEquals("two.asm:2: value 999 does not fit in 8 bits", e.getMessage());
    }

    @Test
    void aPadThatFitsOnceTheJumpsSettleIsNotReportedAsReachingPastTheTop() {
        // In the first pass the forward jump is short and "$" is two bytes late in the second
        // pass's view, so the pad looks one or more bytes too long until the layout settles.
        String source = String.join("\n",
            "bits 16",
            "org 0xFFFF0000",
            "start: jmp far_away",
            "times 300 nop",
            "far_away: nop",
            "times 0x10000 - 16 - ($ - $$) db 0",
            "reset: jmp start",
            "times 0x10000 - ($ - $$) db 0xF4");
        Assembly a = Assembler.assemble("pad.asm", source);
        assertEquals(0x10000, a.bytes().length);
        assertEquals(0xE9, a.bytes()[0] & 0xFF, "the forward jump grew to near");
    }

    @Test
    void codePastTheTopOfTheAddressSpaceIsAnError() {
        Assembler.assemble("top.asm", "org 0xFFFFFFFF\nnop");
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> Assembler.assemble("top.asm", "org 0xFFFFFFFF\nnop\nnop"));
        assertEquals("top.asm:3: this line would reach past 0xFFFFFFFF, the end of the 4 GiB address space",
            e.getMessage());
    }
}
