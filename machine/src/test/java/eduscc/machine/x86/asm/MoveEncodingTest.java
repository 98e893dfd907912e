package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MOV, MOVZX, MOVSX, LEA and XCHG in all their forms, in 16- and 32-bit code. Expected bytes: NASM 2.16.01 (see {@link ExpectedBytes}). */
class MoveEncodingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | mov ax, bx                       | 89 D8
            32 | mov ax, bx                       | 66 89 D8
            16 | mov eax, ebx                     | 66 89 D8
            32 | mov eax, ebx                     | 89 D8
            16 | mov al, bl                       | 88 D8
            32 | mov al, bl                       | 88 D8
            16 | mov ah, [bx]                     | 8A 27
            32 | mov ah, [bx]                     | 67 8A 27
            16 | mov [bx], ah                     | 88 27
            32 | mov [bx], ah                     | 67 88 27
            16 | mov [ebx], eax                   | 66 67 89 03
            32 | mov [ebx], eax                   | 89 03
            16 | mov eax, [ebx]                   | 66 67 8B 03
            32 | mov eax, [ebx]                   | 8B 03
            16 | mov ax, 0x1234                   | B8 34 12
            32 | mov ax, 0x1234                   | 66 B8 34 12
            16 | mov eax, 1                       | 66 B8 01 00 00 00
            32 | mov eax, 1                       | B8 01 00 00 00
            16 | mov al, 5                        | B0 05
            32 | mov al, 5                        | B0 05
            16 | mov bh, 0xFF                     | B7 FF
            32 | mov bh, 0xFF                     | B7 FF
            16 | mov esp, 0x7C00                  | 66 BC 00 7C 00 00
            32 | mov esp, 0x7C00                  | BC 00 7C 00 00
            16 | mov byte [bx], 5                 | C6 07 05
            32 | mov byte [bx], 5                 | 67 C6 07 05
            16 | mov word [bx+si+2], 0x100        | C7 40 02 00 01
            32 | mov word [bx+si+2], 0x100        | 66 67 C7 40 02 00 01
            16 | mov dword [ebx], 5               | 66 67 C7 03 05 00 00 00
            32 | mov dword [ebx], 5               | C7 03 05 00 00 00
            16 | mov byte [ebx+esi*4+3], -1       | 67 C6 44 B3 03 FF
            32 | mov byte [ebx+esi*4+3], -1       | C6 44 B3 03 FF
            16 | mov al, [0x10]                   | A0 10 00
            32 | mov al, [0x10]                   | A0 10 00 00 00
            16 | mov ax, [es:0x10]                | 26 A1 10 00
            32 | mov ax, [es:0x10]                | 26 66 A1 10 00 00 00
            16 | mov [0x20], ax                   | A3 20 00
            32 | mov [0x20], ax                   | 66 A3 20 00 00 00
            16 | mov [fs:0x20], eax               | 64 66 A3 20 00
            32 | mov [fs:0x20], eax               | 64 A3 20 00 00 00
            16 | mov eax, [dword 0x10]            | 66 67 A1 10 00 00 00
            32 | mov eax, [dword 0x10]            | A1 10 00 00 00
            16 | mov bx, [0x20]                   | 8B 1E 20 00
            32 | mov bx, [0x20]                   | 66 8B 1D 20 00 00 00
            16 | mov cr0, eax                     | 0F 22 C0
            32 | mov cr0, eax                     | 0F 22 C0
            16 | mov eax, cr0                     | 0F 20 C0
            32 | mov eax, cr0                     | 0F 20 C0
            16 | mov cr3, ebx                     | 0F 22 DB
            32 | mov cr3, ebx                     | 0F 22 DB
            16 | mov edx, cr2                     | 0F 20 D2
            32 | mov edx, cr2                     | 0F 20 D2
            16 | mov cr4, ecx                     | 0F 22 E1
            32 | mov cr4, ecx                     | 0F 22 E1
            16 | mov ds, ax                       | 8E D8
            32 | mov ds, ax                       | 8E D8
            16 | mov ds, eax                      | 8E D8
            32 | mov ds, eax                      | 8E D8
            16 | mov ax, ds                       | 8C D8
            32 | mov ax, ds                       | 66 8C D8
            16 | mov eax, ds                      | 66 8C D8
            32 | mov eax, ds                      | 8C D8
            16 | mov [0x10], ds                   | 8C 1E 10 00
            32 | mov [0x10], ds                   | 8C 1D 10 00 00 00
            16 | mov word [bx], ds                | 8C 1F
            32 | mov word [bx], ds                | 67 8C 1F
            16 | mov es, [bx]                     | 8E 07
            32 | mov es, [bx]                     | 67 8E 07
            16 | mov ss, word [bx]                | 8E 17
            32 | mov ss, word [bx]                | 67 8E 17
            16 | mov cs, ax                       | 8E C8
            32 | mov cs, ax                       | 8E C8
            16 | mov fs, dx                       | 8E E2
            32 | mov fs, dx                       | 8E E2
            16 | mov gs, [ebx]                    | 67 8E 2B
            32 | mov gs, [ebx]                    | 8E 2B
            16 | movzx eax, byte [bx]             | 66 0F B6 07
            32 | movzx eax, byte [bx]             | 67 0F B6 07
            16 | movzx eax, word [bx]             | 66 0F B7 07
            32 | movzx eax, word [bx]             | 67 0F B7 07
            16 | movzx ax, bl                     | 0F B6 C3
            32 | movzx ax, bl                     | 66 0F B6 C3
            16 | movzx ecx, dl                    | 66 0F B6 CA
            32 | movzx ecx, dl                    | 0F B6 CA
            16 | movsx ax, bl                     | 0F BE C3
            32 | movsx ax, bl                     | 66 0F BE C3
            16 | movsx eax, word [ebx+4]          | 66 67 0F BF 43 04
            32 | movsx eax, word [ebx+4]          | 0F BF 43 04
            16 | movsx edx, cx                    | 66 0F BF D1
            32 | movsx edx, cx                    | 0F BF D1
            16 | lea ax, [bx+si+4]                | 8D 40 04
            32 | lea ax, [bx+si+4]                | 66 67 8D 40 04
            16 | lea eax, [esp+8]                 | 66 67 8D 44 24 08
            32 | lea eax, [esp+8]                 | 8D 44 24 08
            16 | lea esi, [ebx+eax*4]             | 66 67 8D 34 83
            32 | lea esi, [ebx+eax*4]             | 8D 34 83
            16 | lea di, [bp-2]                   | 8D 7E FE
            32 | lea di, [bp-2]                   | 66 67 8D 7E FE
            16 | xchg ax, bx                      | 93
            32 | xchg ax, bx                      | 66 93
            16 | xchg bx, ax                      | 93
            32 | xchg bx, ax                      | 66 93
            16 | xchg eax, ecx                    | 66 91
            32 | xchg eax, ecx                    | 91
            16 | xchg al, bl                      | 86 C3
            32 | xchg al, bl                      | 86 C3
            16 | xchg [bx], al                    | 86 07
            32 | xchg [bx], al                    | 67 86 07
            16 | xchg al, [bx]                    | 86 07
            32 | xchg al, [bx]                    | 67 86 07
            16 | xchg ecx, edx                    | 66 87 CA
            32 | xchg ecx, edx                    | 87 CA
            16 | xchg [ebx], eax                  | 66 67 87 03
            32 | xchg [ebx], eax                  | 87 03
            """)
    void movesEncodeAsNasmDoes(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }

    @Test
    void operandSizePrefixAppearsOnlyOutsideItsOwnMode() {
        assertEncodes(16, "mov eax, 1", "66 B8 01 00 00 00");
        assertEncodes(32, "mov eax, 1", "B8 01 00 00 00");
        assertEncodes(32, "mov ax, 1", "66 B8 01 00");
        assertEncodes(16, "mov ax, 1", "B8 01 00");
    }

    @Test
    void controlRegisterMovesNeedNoPrefixInEitherMode() {
        // MOV to/from CRn is always 32 bits wide, so a real-mode boot stub can set CR0.PE directly.
        assertEncodes(16, "mov cr0, eax", "0F 22 C0");
        assertEncodes(32, "mov cr0, eax", "0F 22 C0");
    }
}
