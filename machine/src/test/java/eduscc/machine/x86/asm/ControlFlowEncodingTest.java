package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jumps, conditional jumps, loops, calls, returns and interrupts. Expected bytes: NASM 2.16.01 (see {@link ExpectedBytes}). */
class ControlFlowEncodingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | jmp $                            | EB FE
            32 | jmp $                            | EB FE
            16 | jmp $+2                          | EB 00
            32 | jmp $+2                          | EB 00
            16 | jmp $+129                        | EB 7F
            32 | jmp $+129                        | EB 7F
            16 | jmp $+130                        | E9 7F 00
            32 | jmp $+130                        | E9 7D 00 00 00
            16 | jmp $-126                        | EB 80
            32 | jmp $-126                        | EB 80
            16 | jmp $-127                        | E9 7E FF
            32 | jmp $-127                        | E9 7C FF FF FF
            16 | jmp short $                      | EB FE
            32 | jmp short $                      | EB FE
            16 | jmp near $                       | E9 FD FF
            32 | jmp near $                       | E9 FB FF FF FF
            16 | jmp dword $                      | 66 E9 FA FF FF FF
            32 | jmp dword $                      | E9 FB FF FF FF
            16 | jmp word $                       | E9 FD FF
            32 | jmp word $                       | 66 E9 FC FF
            16 | jz $                             | 74 FE
            32 | jz $                             | 74 FE
            16 | jz $+200                         | 0F 84 C4 00
            32 | jz $+200                         | 0F 84 C2 00 00 00
            16 | jz near $                        | 0F 84 FC FF
            32 | jz near $                        | 0F 84 FA FF FF FF
            16 | jnz $-5                          | 75 F9
            32 | jnz $-5                          | 75 F9
            16 | jo $                             | 70 FE
            32 | jo $                             | 70 FE
            16 | jno $                            | 71 FE
            32 | jno $                            | 71 FE
            16 | jb $                             | 72 FE
            32 | jb $                             | 72 FE
            16 | jc $                             | 72 FE
            32 | jc $                             | 72 FE
            16 | jnae $                           | 72 FE
            32 | jnae $                           | 72 FE
            16 | jae $                            | 73 FE
            32 | jae $                            | 73 FE
            16 | jnb $                            | 73 FE
            32 | jnb $                            | 73 FE
            16 | jnc $                            | 73 FE
            32 | jnc $                            | 73 FE
            16 | je $                             | 74 FE
            32 | je $                             | 74 FE
            16 | jne $                            | 75 FE
            32 | jne $                            | 75 FE
            16 | jnz $                            | 75 FE
            32 | jnz $                            | 75 FE
            16 | jbe $                            | 76 FE
            32 | jbe $                            | 76 FE
            16 | jna $                            | 76 FE
            32 | jna $                            | 76 FE
            16 | ja $                             | 77 FE
            32 | ja $                             | 77 FE
            16 | jnbe $                           | 77 FE
            32 | jnbe $                           | 77 FE
            16 | js $                             | 78 FE
            32 | js $                             | 78 FE
            16 | jns $                            | 79 FE
            32 | jns $                            | 79 FE
            16 | jp $                             | 7A FE
            32 | jp $                             | 7A FE
            16 | jpe $                            | 7A FE
            32 | jpe $                            | 7A FE
            16 | jnp $                            | 7B FE
            32 | jnp $                            | 7B FE
            16 | jpo $                            | 7B FE
            32 | jpo $                            | 7B FE
            16 | jl $                             | 7C FE
            32 | jl $                             | 7C FE
            16 | jnge $                           | 7C FE
            32 | jnge $                           | 7C FE
            16 | jge $                            | 7D FE
            32 | jge $                            | 7D FE
            16 | jnl $                            | 7D FE
            32 | jnl $                            | 7D FE
            16 | jle $                            | 7E FE
            32 | jle $                            | 7E FE
            16 | jng $                            | 7E FE
            32 | jng $                            | 7E FE
            16 | jg $                             | 7F FE
            32 | jg $                             | 7F FE
            16 | jnle $                           | 7F FE
            32 | jnle $                           | 7F FE
            16 | jcxz $                           | E3 FE
            32 | jcxz $                           | 67 E3 FD
            16 | jecxz $                          | 67 E3 FD
            32 | jecxz $                          | E3 FE
            16 | loop $                           | E2 FE
            32 | loop $                           | E2 FE
            16 | loope $                          | E1 FE
            32 | loope $                          | E1 FE
            16 | loopz $                          | E1 FE
            32 | loopz $                          | E1 FE
            16 | loopne $                         | E0 FE
            32 | loopne $                         | E0 FE
            16 | loopnz $                         | E0 FE
            32 | loopnz $                         | E0 FE
            16 | a32 loop $                       | 67 E2 FD
            32 | a32 loop $                       | E2 FE
            16 | a16 loop $                       | E2 FE
            32 | a16 loop $                       | 67 E2 FD
            16 | call $                           | E8 FD FF
            32 | call $                           | E8 FB FF FF FF
            16 | call $+0x100                     | E8 FD 00
            32 | call $+0x100                     | E8 FB 00 00 00
            16 | call dword $                     | 66 E8 FA FF FF FF
            32 | call dword $                     | E8 FB FF FF FF
            16 | call word $                      | E8 FD FF
            32 | call word $                      | 66 E8 FC FF
            16 | jmp ax                           | FF E0
            32 | jmp ax                           | 66 FF E0
            16 | jmp eax                          | 66 FF E0
            32 | jmp eax                          | FF E0
            16 | call cx                          | FF D1
            32 | call cx                          | 66 FF D1
            16 | call ebx                         | 66 FF D3
            32 | call ebx                         | FF D3
            16 | jmp [bx]                         | FF 27
            32 | jmp [bx]                         | 67 FF 27
            16 | jmp word [bx]                    | FF 27
            32 | jmp word [bx]                    | 66 67 FF 27
            16 | jmp dword [bx]                   | 66 FF 27
            32 | jmp dword [bx]                   | 67 FF 27
            16 | jmp [ebx]                        | 67 FF 23
            32 | jmp [ebx]                        | FF 23
            16 | call [bx]                        | FF 17
            32 | call [bx]                        | 67 FF 17
            16 | call dword [ebx+4]               | 66 67 FF 53 04
            32 | call dword [ebx+4]               | FF 53 04
            16 | jmp far [bx]                     | FF 2F
            32 | jmp far [bx]                     | 67 FF 2F
            16 | jmp dword far [bx]               | 66 FF 2F
            32 | jmp dword far [bx]               | 67 FF 2F
            16 | jmp word far [ebx]               | 67 FF 2B
            32 | jmp word far [ebx]               | 66 FF 2B
            16 | call far [bx]                    | FF 1F
            32 | call far [bx]                    | 67 FF 1F
            16 | call far [ebx]                   | 67 FF 1B
            32 | call far [ebx]                   | FF 1B
            16 | jmp 0x08:0x1000                  | EA 00 10 08 00
            32 | jmp 0x08:0x1000                  | EA 00 10 00 00 08 00
            16 | jmp dword 0x08:0x1000            | 66 EA 00 10 00 00 08 00
            32 | jmp dword 0x08:0x1000            | EA 00 10 00 00 08 00
            16 | jmp word 0x10:0x20               | EA 20 00 10 00
            32 | jmp word 0x10:0x20               | 66 EA 20 00 10 00
            16 | jmp 0xF000:0xE05B                | EA 5B E0 00 F0
            32 | jmp 0xF000:0xE05B                | EA 5B E0 00 00 00 F0
            16 | call 0x10:0x20                   | 9A 20 00 10 00
            32 | call 0x10:0x20                   | 9A 20 00 00 00 10 00
            16 | call dword 0x10:0x20             | 66 9A 20 00 00 00 10 00
            32 | call dword 0x10:0x20             | 9A 20 00 00 00 10 00
            16 | ret                              | C3
            32 | ret                              | C3
            16 | ret 4                            | C2 04 00
            32 | ret 4                            | C2 04 00
            16 | retn                             | C3
            32 | retn                             | C3
            16 | retf                             | CB
            32 | retf                             | CB
            16 | retf 8                           | CA 08 00
            32 | retf 8                           | CA 08 00
            16 | int 0x80                         | CD 80
            32 | int 0x80                         | CD 80
            16 | int 3                            | CD 03
            32 | int 3                            | CD 03
            16 | int3                             | CC
            32 | int3                             | CC
            16 | into                             | CE
            32 | into                             | CE
            16 | iret                             | CF
            32 | iret                             | CF
            16 | iretw                            | CF
            32 | iretw                            | 66 CF
            16 | iretd                            | 66 CF
            32 | iretd                            | CF
            """)
    void controlTransfersEncodeAsNasmDoes(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }

    @Test
    void jumpToAPlainAddressIsShortWhenItReaches() {
        // NASM always makes this near; here any target in reach gets the short form.
        assertEncodes(16, "jmp 0x40", "EB 3E");
        assertEncodes(32, "jmp 0x1000", "E9 FB 0F 00 00");
    }

    @Test
    void farJumpWithDwordGivesPtr16Colon32InRealMode() {
        assertEncodes(16, "jmp dword 0x08:0x00100000", "66 EA 00 00 10 00 08 00");
        assertEncodes(32, "jmp 0x08:0x00100000", "EA 00 00 10 00 08 00");
    }
}
