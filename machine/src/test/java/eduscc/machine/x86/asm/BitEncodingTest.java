package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shifts, rotates, bit tests and bit scans. Expected bytes: NASM 2.16.01 (see {@link ExpectedBytes}). */
class BitEncodingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | shl ax, 1                        | D1 E0
            32 | shl ax, 1                        | 66 D1 E0
            16 | shl ax, cl                       | D3 E0
            32 | shl ax, cl                       | 66 D3 E0
            16 | shl ax, 4                        | C1 E0 04
            32 | shl ax, 4                        | 66 C1 E0 04
            16 | sal eax, 2                       | 66 C1 E0 02
            32 | sal eax, 2                       | C1 E0 02
            16 | shr dword [ebx], 3               | 66 67 C1 2B 03
            32 | shr dword [ebx], 3               | C1 2B 03
            16 | shr byte [bx], 1                 | D0 2F
            32 | shr byte [bx], 1                 | 67 D0 2F
            16 | sar ecx, 1                       | 66 D1 F9
            32 | sar ecx, 1                       | D1 F9
            16 | rol al, cl                       | D2 C0
            32 | rol al, cl                       | D2 C0
            16 | ror eax, cl                      | 66 D3 C8
            32 | ror eax, cl                      | D3 C8
            16 | rcl bl, 1                        | D0 D3
            32 | rcl bl, 1                        | D0 D3
            16 | rcr bx, 2                        | C1 DB 02
            32 | rcr bx, 2                        | 66 C1 DB 02
            16 | shl word [bx], cl                | D3 27
            32 | shl word [bx], cl                | 66 67 D3 27
            16 | bt ax, 3                         | 0F BA E0 03
            32 | bt ax, 3                         | 66 0F BA E0 03
            16 | bt ax, bx                        | 0F A3 D8
            32 | bt ax, bx                        | 66 0F A3 D8
            16 | bt eax, ecx                      | 66 0F A3 C8
            32 | bt eax, ecx                      | 0F A3 C8
            16 | bt word [bx], 3                  | 0F BA 27 03
            32 | bt word [bx], 3                  | 66 67 0F BA 27 03
            16 | bts [bx], ax                     | 0F AB 07
            32 | bts [bx], ax                     | 66 67 0F AB 07
            16 | btr eax, 3                       | 66 0F BA F0 03
            32 | btr eax, 3                       | 0F BA F0 03
            16 | btc dword [ebx], 31              | 66 67 0F BA 3B 1F
            32 | btc dword [ebx], 31              | 0F BA 3B 1F
            16 | bsf ax, bx                       | 0F BC C3
            32 | bsf ax, bx                       | 66 0F BC C3
            16 | bsf eax, ecx                     | 66 0F BC C1
            32 | bsf eax, ecx                     | 0F BC C1
            16 | bsr eax, [bx]                    | 66 0F BD 07
            32 | bsr eax, [bx]                    | 67 0F BD 07
            16 | bsr edx, dword [esi]             | 66 67 0F BD 16
            32 | bsr edx, dword [esi]             | 0F BD 16
            """)
    void bitInstructionsEncodeAsNasmDoes(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }
}
