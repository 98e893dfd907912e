package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ALU group, TEST, INC/DEC/NOT/NEG and the multiplications and divisions. Expected bytes: NASM 2.16.01 (see {@link ExpectedBytes}). */
class AluEncodingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | add ax, bx                       | 01 D8
            32 | add ax, bx                       | 66 01 D8
            16 | add eax, ebx                     | 66 01 D8
            32 | add eax, ebx                     | 01 D8
            16 | add al, bl                       | 00 D8
            32 | add al, bl                       | 00 D8
            16 | add [bx], al                     | 00 07
            32 | add [bx], al                     | 67 00 07
            16 | add al, [bx]                     | 02 07
            32 | add al, [bx]                     | 67 02 07
            16 | add ax, [bx+2]                   | 03 47 02
            32 | add ax, [bx+2]                   | 66 67 03 47 02
            16 | add [ebx], eax                   | 66 67 01 03
            32 | add [ebx], eax                   | 01 03
            16 | add al, 5                        | 04 05
            32 | add al, 5                        | 04 05
            16 | add ax, 5                        | 83 C0 05
            32 | add ax, 5                        | 66 83 C0 05
            16 | add ax, 500                      | 05 F4 01
            32 | add ax, 500                      | 66 05 F4 01
            16 | add eax, 5                       | 66 83 C0 05
            32 | add eax, 5                       | 83 C0 05
            16 | add eax, 500                     | 66 05 F4 01 00 00
            32 | add eax, 500                     | 05 F4 01 00 00
            16 | add bx, 500                      | 81 C3 F4 01
            32 | add bx, 500                      | 66 81 C3 F4 01
            16 | add ebx, 500                     | 66 81 C3 F4 01 00 00
            32 | add ebx, 500                     | 81 C3 F4 01 00 00
            16 | add bx, -1                       | 83 C3 FF
            32 | add bx, -1                       | 66 83 C3 FF
            16 | add ecx, 0xFFFFFFFF              | 66 83 C1 FF
            32 | add ecx, 0xFFFFFFFF              | 83 C1 FF
            16 | and ax, 0xFFF0                   | 83 E0 F0
            32 | and ax, 0xFFF0                   | 66 83 E0 F0
            16 | and eax, 0xFFFFFFF0              | 66 83 E0 F0
            32 | and eax, 0xFFFFFFF0              | 83 E0 F0
            16 | or al, 1                         | 0C 01
            32 | or al, 1                         | 0C 01
            16 | or eax, 0x80000000               | 66 0D 00 00 00 80
            32 | or eax, 0x80000000               | 0D 00 00 00 80
            16 | adc dx, 0                        | 83 D2 00
            32 | adc dx, 0                        | 66 83 D2 00
            16 | sbb bx, 1                        | 83 DB 01
            32 | sbb bx, 1                        | 66 83 DB 01
            16 | sub sp, 8                        | 83 EC 08
            32 | sub sp, 8                        | 66 83 EC 08
            16 | sub esp, 200                     | 66 81 EC C8 00 00 00
            32 | sub esp, 200                     | 81 EC C8 00 00 00
            16 | xor eax, eax                     | 66 31 C0
            32 | xor eax, eax                     | 31 C0
            16 | xor bl, 0x80                     | 80 F3 80
            32 | xor bl, 0x80                     | 80 F3 80
            16 | cmp al, 'A'                      | 3C 41
            32 | cmp al, 'A'                      | 3C 41
            16 | cmp cx, 0x7F                     | 83 F9 7F
            32 | cmp cx, 0x7F                     | 66 83 F9 7F
            16 | cmp cx, 0x80                     | 81 F9 80 00
            32 | cmp cx, 0x80                     | 66 81 F9 80 00
            16 | cmp cx, -128                     | 83 F9 80
            32 | cmp cx, -128                     | 66 83 F9 80
            16 | cmp cx, -129                     | 81 F9 7F FF
            32 | cmp cx, -129                     | 66 81 F9 7F FF
            16 | cmp byte [bx+2], 0               | 80 7F 02 00
            32 | cmp byte [bx+2], 0               | 67 80 7F 02 00
            16 | cmp dword [ebx], 0x12345678      | 66 67 81 3B 78 56 34 12
            32 | cmp dword [ebx], 0x12345678      | 81 3B 78 56 34 12
            16 | add byte [0x100], 3              | 80 06 00 01 03
            32 | add byte [0x100], 3              | 80 05 00 01 00 00 03
            16 | add word [bx], 5                 | 83 07 05
            32 | add word [bx], 5                 | 66 67 83 07 05
            16 | add dword [bx+si], 100000        | 66 81 00 A0 86 01 00
            32 | add dword [bx+si], 100000        | 67 81 00 A0 86 01 00
            16 | test al, 5                       | A8 05
            32 | test al, 5                       | A8 05
            16 | test ax, 5                       | A9 05 00
            32 | test ax, 5                       | 66 A9 05 00
            16 | test eax, 1                      | 66 A9 01 00 00 00
            32 | test eax, 1                      | A9 01 00 00 00
            16 | test bx, 5                       | F7 C3 05 00
            32 | test bx, 5                       | 66 F7 C3 05 00
            16 | test ebx, 0x100                  | 66 F7 C3 00 01 00 00
            32 | test ebx, 0x100                  | F7 C3 00 01 00 00
            16 | test cl, dl                      | 84 D1
            32 | test cl, dl                      | 84 D1
            16 | test eax, ebx                    | 66 85 D8
            32 | test eax, ebx                    | 85 D8
            16 | test [ebx], eax                  | 66 67 85 03
            32 | test [ebx], eax                  | 85 03
            16 | test eax, [ebx]                  | 66 67 85 03
            32 | test eax, [ebx]                  | 85 03
            16 | test byte [bx], 1                | F6 07 01
            32 | test byte [bx], 1                | 67 F6 07 01
            16 | test word [bx], 0x100            | F7 07 00 01
            32 | test word [bx], 0x100            | 66 67 F7 07 00 01
            16 | inc ax                           | 40
            32 | inc ax                           | 66 40
            16 | inc eax                          | 66 40
            32 | inc eax                          | 40
            16 | inc al                           | FE C0
            32 | inc al                           | FE C0
            16 | inc byte [bx]                    | FE 07
            32 | inc byte [bx]                    | 67 FE 07
            16 | inc word [bx]                    | FF 07
            32 | inc word [bx]                    | 66 67 FF 07
            16 | inc dword [ebx]                  | 66 67 FF 03
            32 | inc dword [ebx]                  | FF 03
            16 | dec cx                           | 49
            32 | dec cx                           | 66 49
            16 | dec edi                          | 66 4F
            32 | dec edi                          | 4F
            16 | dec dh                           | FE CE
            32 | dec dh                           | FE CE
            16 | dec word [si]                    | FF 0C
            32 | dec word [si]                    | 66 67 FF 0C
            16 | not ax                           | F7 D0
            32 | not ax                           | 66 F7 D0
            16 | not dword [ebx]                  | 66 67 F7 13
            32 | not dword [ebx]                  | F7 13
            16 | neg al                           | F6 D8
            32 | neg al                           | F6 D8
            16 | neg ecx                          | 66 F7 D9
            32 | neg ecx                          | F7 D9
            16 | mul byte [bx]                    | F6 27
            32 | mul byte [bx]                    | 67 F6 27
            16 | mul bx                           | F7 E3
            32 | mul bx                           | 66 F7 E3
            16 | mul ecx                          | 66 F7 E1
            32 | mul ecx                          | F7 E1
            16 | imul ecx                         | 66 F7 E9
            32 | imul ecx                         | F7 E9
            16 | imul word [bx]                   | F7 2F
            32 | imul word [bx]                   | 66 67 F7 2F
            16 | div cx                           | F7 F1
            32 | div cx                           | 66 F7 F1
            16 | div byte [ebx]                   | 67 F6 33
            32 | div byte [ebx]                   | F6 33
            16 | idiv ebx                         | 66 F7 FB
            32 | idiv ebx                         | F7 FB
            16 | imul ax, bx                      | 0F AF C3
            32 | imul ax, bx                      | 66 0F AF C3
            16 | imul eax, [ebx]                  | 66 67 0F AF 03
            32 | imul eax, [ebx]                  | 0F AF 03
            16 | imul eax, [bx]                   | 66 0F AF 07
            32 | imul eax, [bx]                   | 67 0F AF 07
            16 | imul ax, 5                       | 6B C0 05
            32 | imul ax, 5                       | 66 6B C0 05
            16 | imul eax, -2                     | 66 6B C0 FE
            32 | imul eax, -2                     | 6B C0 FE
            16 | imul ax, bx, 5                   | 6B C3 05
            32 | imul ax, bx, 5                   | 66 6B C3 05
            16 | imul ax, bx, 500                 | 69 C3 F4 01
            32 | imul ax, bx, 500                 | 66 69 C3 F4 01
            16 | imul eax, ecx, 100               | 66 6B C1 64
            32 | imul eax, ecx, 100               | 6B C1 64
            16 | imul eax, ecx, 1000              | 66 69 C1 E8 03 00 00
            32 | imul eax, ecx, 1000              | 69 C1 E8 03 00 00
            16 | imul cx, [bx], 3                 | 6B 0F 03
            32 | imul cx, [bx], 3                 | 66 67 6B 0F 03
            """)
    void aluInstructionsEncodeAsNasmDoes(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }
}
