package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Port I/O, string instructions with REP prefixes, and LOCK. Expected bytes: NASM 2.16.01 (see {@link ExpectedBytes}). */
class StringIoEncodingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | in al, 0x60                      | E4 60
            32 | in al, 0x60                      | E4 60
            16 | in ax, 0x60                      | E5 60
            32 | in ax, 0x60                      | 66 E5 60
            16 | in eax, 0x60                     | 66 E5 60
            32 | in eax, 0x60                     | E5 60
            16 | in al, dx                        | EC
            32 | in al, dx                        | EC
            16 | in ax, dx                        | ED
            32 | in ax, dx                        | 66 ED
            16 | in eax, dx                       | 66 ED
            32 | in eax, dx                       | ED
            16 | out 0x80, al                     | E6 80
            32 | out 0x80, al                     | E6 80
            16 | out 0x80, ax                     | E7 80
            32 | out 0x80, ax                     | 66 E7 80
            16 | out 0x60, eax                    | 66 E7 60
            32 | out 0x60, eax                    | E7 60
            16 | out dx, al                       | EE
            32 | out dx, al                       | EE
            16 | out dx, ax                       | EF
            32 | out dx, ax                       | 66 EF
            16 | out dx, eax                      | 66 EF
            32 | out dx, eax                      | EF
            16 | movsb                            | A4
            32 | movsb                            | A4
            16 | movsw                            | A5
            32 | movsw                            | 66 A5
            16 | movsd                            | 66 A5
            32 | movsd                            | A5
            16 | stosb                            | AA
            32 | stosb                            | AA
            16 | stosw                            | AB
            32 | stosw                            | 66 AB
            16 | stosd                            | 66 AB
            32 | stosd                            | AB
            16 | lodsb                            | AC
            32 | lodsb                            | AC
            16 | lodsw                            | AD
            32 | lodsw                            | 66 AD
            16 | lodsd                            | 66 AD
            32 | lodsd                            | AD
            16 | cmpsb                            | A6
            32 | cmpsb                            | A6
            16 | cmpsd                            | 66 A7
            32 | cmpsd                            | A7
            16 | scasb                            | AE
            32 | scasb                            | AE
            16 | scasw                            | AF
            32 | scasw                            | 66 AF
            16 | insb                             | 6C
            32 | insb                             | 6C
            16 | insd                             | 66 6D
            32 | insd                             | 6D
            16 | outsb                            | 6E
            32 | outsb                            | 6E
            16 | outsw                            | 6F
            32 | outsw                            | 66 6F
            16 | rep movsd                        | F3 66 A5
            32 | rep movsd                        | F3 A5
            16 | rep stosb                        | F3 AA
            32 | rep stosb                        | F3 AA
            16 | rep movsw                        | F3 A5
            32 | rep movsw                        | F3 66 A5
            16 | repe cmpsb                       | F3 A6
            32 | repe cmpsb                       | F3 A6
            16 | repz cmpsw                       | F3 A7
            32 | repz cmpsw                       | F3 66 A7
            16 | repne scasb                      | F2 AE
            32 | repne scasb                      | F2 AE
            16 | repnz scasd                      | F2 66 AF
            32 | repnz scasd                      | F2 AF
            16 | a32 rep stosd                    | F3 66 67 AB
            32 | a32 rep stosd                    | F3 AB
            16 | lock add dword [es:ebx], 1       | F0 26 66 67 83 03 01
            32 | lock add dword [es:ebx], 1       | F0 26 83 03 01
            16 | lock xchg [ebx], eax             | F0 66 67 87 03
            32 | lock xchg [ebx], eax             | F0 87 03
            16 | lock inc dword [ebx]             | F0 66 67 FF 03
            32 | lock inc dword [ebx]             | F0 FF 03
            16 | lock bts dword [ebx], 0          | F0 66 67 0F BA 2B 00
            32 | lock bts dword [ebx], 0          | F0 0F BA 2B 00
            """)
    void stringAndPortInstructionsEncodeAsNasmDoes(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }
}
