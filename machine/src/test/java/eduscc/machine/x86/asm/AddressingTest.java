package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every 16-bit ModRM form, 32-bit ModRM/SIB forms, displacement sizes and segment overrides. Expected bytes: NASM 2.16.01 (see {@link ExpectedBytes}). */
class AddressingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | mov ax, [bx+si]                  | 8B 00
            32 | mov ax, [bx+si]                  | 66 67 8B 00
            16 | mov ax, [bx+di]                  | 8B 01
            32 | mov ax, [bx+di]                  | 66 67 8B 01
            16 | mov ax, [bp+si]                  | 8B 02
            32 | mov ax, [bp+si]                  | 66 67 8B 02
            16 | mov ax, [bp+di]                  | 8B 03
            32 | mov ax, [bp+di]                  | 66 67 8B 03
            16 | mov ax, [si]                     | 8B 04
            32 | mov ax, [si]                     | 66 67 8B 04
            16 | mov ax, [di]                     | 8B 05
            32 | mov ax, [di]                     | 66 67 8B 05
            16 | mov ax, [bp]                     | 8B 46 00
            32 | mov ax, [bp]                     | 66 67 8B 46 00
            16 | mov ax, [bx]                     | 8B 07
            32 | mov ax, [bx]                     | 66 67 8B 07
            16 | mov ax, [si+bx]                  | 8B 00
            32 | mov ax, [si+bx]                  | 66 67 8B 00
            16 | mov ax, [di+bp+0x80]             | 8B 83 80 00
            32 | mov ax, [di+bp+0x80]             | 66 67 8B 83 80 00
            16 | mov ax, [si-2]                   | 8B 44 FE
            32 | mov ax, [si-2]                   | 66 67 8B 44 FE
            16 | mov ax, [di+300]                 | 8B 85 2C 01
            32 | mov ax, [di+300]                 | 66 67 8B 85 2C 01
            16 | mov ax, [bp+4]                   | 8B 46 04
            32 | mov ax, [bp+4]                   | 66 67 8B 46 04
            16 | mov ax, [0x1234]                 | A1 34 12
            32 | mov ax, [0x1234]                 | 66 A1 34 12 00 00
            16 | mov cx, [bx+si+0x7F]             | 8B 48 7F
            32 | mov cx, [bx+si+0x7F]             | 66 67 8B 48 7F
            16 | mov cx, [bx+si-0x80]             | 8B 48 80
            32 | mov cx, [bx+si-0x80]             | 66 67 8B 48 80
            16 | mov eax, [eax]                   | 66 67 8B 00
            32 | mov eax, [eax]                   | 8B 00
            16 | mov eax, [ebx]                   | 66 67 8B 03
            32 | mov eax, [ebx]                   | 8B 03
            16 | mov eax, [ecx+4]                 | 66 67 8B 41 04
            32 | mov eax, [ecx+4]                 | 8B 41 04
            16 | mov eax, [edx-4]                 | 66 67 8B 42 FC
            32 | mov eax, [edx-4]                 | 8B 42 FC
            16 | mov eax, [esi+0x1000]            | 66 67 8B 86 00 10 00 00
            32 | mov eax, [esi+0x1000]            | 8B 86 00 10 00 00
            16 | mov eax, [ebp]                   | 66 67 8B 45 00
            32 | mov eax, [ebp]                   | 8B 45 00
            16 | mov eax, [ebp-8]                 | 66 67 8B 45 F8
            32 | mov eax, [ebp-8]                 | 8B 45 F8
            16 | mov eax, [ebp+8]                 | 66 67 8B 45 08
            32 | mov eax, [ebp+8]                 | 8B 45 08
            16 | mov eax, [esp]                   | 66 67 8B 04 24
            32 | mov eax, [esp]                   | 8B 04 24
            16 | mov eax, [esp+4]                 | 66 67 8B 44 24 04
            32 | mov eax, [esp+4]                 | 8B 44 24 04
            16 | mov eax, [esp+0x400]             | 66 67 8B 84 24 00 04 00 00
            32 | mov eax, [esp+0x400]             | 8B 84 24 00 04 00 00
            16 | mov eax, [ebx+ecx]               | 66 67 8B 04 0B
            32 | mov eax, [ebx+ecx]               | 8B 04 0B
            16 | mov eax, [ecx+ebx]               | 66 67 8B 04 19
            32 | mov eax, [ecx+ebx]               | 8B 04 19
            16 | mov eax, [ebx+ecx*2]             | 66 67 8B 04 4B
            32 | mov eax, [ebx+ecx*2]             | 8B 04 4B
            16 | mov eax, [ebx+ecx*4+8]           | 66 67 8B 44 8B 08
            32 | mov eax, [ebx+ecx*4+8]           | 8B 44 8B 08
            16 | mov eax, [ebp+edi*8]             | 66 67 8B 44 FD 00
            32 | mov eax, [ebp+edi*8]             | 8B 44 FD 00
            16 | mov eax, [esi*8+0x1000]          | 66 67 8B 04 F5 00 10 00 00
            32 | mov eax, [esi*8+0x1000]          | 8B 04 F5 00 10 00 00
            16 | mov eax, [ecx*8]                 | 66 67 8B 04 CD 00 00 00 00
            32 | mov eax, [ecx*8]                 | 8B 04 CD 00 00 00 00
            16 | mov eax, [ebx*2]                 | 66 67 8B 04 1B
            32 | mov eax, [ebx*2]                 | 8B 04 1B
            16 | mov eax, [ebx*3]                 | 66 67 8B 04 5B
            32 | mov eax, [ebx*3]                 | 8B 04 5B
            16 | mov eax, [ebx*5+1]               | 66 67 8B 44 9B 01
            32 | mov eax, [ebx*5+1]               | 8B 44 9B 01
            16 | mov eax, [ebx*9]                 | 66 67 8B 04 DB
            32 | mov eax, [ebx*9]                 | 8B 04 DB
            16 | mov eax, [eax+esp]               | 66 67 8B 04 04
            32 | mov eax, [eax+esp]               | 8B 04 04
            16 | mov eax, [esp+eax*2]             | 66 67 8B 04 44
            32 | mov eax, [esp+eax*2]             | 8B 04 44
            32 | mov eax, [0x12345678]            | A1 78 56 34 12
            32 | mov ecx, [0x12345678]            | 8B 0D 78 56 34 12
            16 | mov ecx, [es:ebx]                | 26 66 67 8B 0B
            32 | mov ecx, [es:ebx]                | 26 8B 0B
            16 | mov ecx, [cs:ebx]                | 2E 66 67 8B 0B
            32 | mov ecx, [cs:ebx]                | 2E 8B 0B
            16 | mov ecx, [ss:ebp]                | 36 66 67 8B 4D 00
            32 | mov ecx, [ss:ebp]                | 36 8B 4D 00
            16 | mov ecx, [ds:esi]                | 3E 66 67 8B 0E
            32 | mov ecx, [ds:esi]                | 3E 8B 0E
            16 | mov ecx, [fs:0]                  | 64 66 8B 0E 00 00
            32 | mov ecx, [fs:0]                  | 64 8B 0D 00 00 00 00
            16 | mov ecx, [gs:edi+4]              | 65 66 67 8B 4F 04
            32 | mov ecx, [gs:edi+4]              | 65 8B 4F 04
            16 | mov ecx, es:[ebx]                | 26 66 67 8B 0B
            32 | mov ecx, es:[ebx]                | 26 8B 0B
            16 | mov word [es:di], 0x0720         | 26 C7 05 20 07
            32 | mov word [es:di], 0x0720         | 26 66 67 C7 05 20 07
            16 | mov byte [ss:bp+4], 1            | 36 C6 46 04 01
            32 | mov byte [ss:bp+4], 1            | 36 67 C6 46 04 01
            """)
    void addressesEncodeAsNasmDoes(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }

    @Test
    void prefixesComeOutInNasmOrderSegmentThenOperandSizeThenAddressSize() {
        assertEncodes(16, "mov eax, [ebx]", "66 67 8B 03");
        assertEncodes(16, "mov eax, [es:ebx]", "26 66 67 8B 03");
        assertEncodes(16, "lock add dword [es:ebx], 1", "F0 26 66 67 83 03 01");
    }

    @Test
    void ebpAndBpAsSoleBaseTakeAZeroDisplacementByte() {
        // mod 00 with r/m 101 (32-bit) or 110 (16-bit) means "displacement only", not [ebp] / [bp].
        assertEncodes(32, "mov eax, [ebp]", "8B 45 00");
        assertEncodes(16, "mov ax, [bp]", "8B 46 00");
    }

    @Test
    void espAsBaseAlwaysNeedsASibByte() {
        assertEncodes(32, "mov eax, [esp]", "8B 04 24");
    }

    @Test
    void sixteenBitDisplacementThatWrapsToMinusOneUsesOneByte() {
        // 0xFFFF is -1 in 16-bit address arithmetic; NASM encodes the same byte but warns.
        assertEncodes(16, "mov ax, [bx+0xFFFF]", "8B 47 FF");
    }
}
