package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The instructions a C library, its start-up code and a kernel's selector checks need beyond the
 * boot subset: SETcc, XADD, CMPXCHG, CMPXCHG8B, BSWAP, SHLD/SHRD, ENTER/LEAVE, XLATB, LAHF/SAHF,
 * the far-pointer loads, BOUND, the decimal adjustments, LAR/LSL/VERR/VERW/ARPL, CMPS/SCAS and
 * INS/OUTS, BTS/BTR/BTC. NASM was not at hand when these were added: the bytes were encoded by
 * hand from SDM Vol. 2 Appendix A and each line checked by disassembling it with GNU objdump 2.40
 * ({@code objdump -D -b binary -m i386}, with {@code -M data16,addr16} for 16-bit code), which
 * read every one back as the instruction written here. The prefix order is the kit's (and NASM's):
 * LOCK or REP first, then 0x66, then 0x67.
 */
class LibraryEncodingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | setl cl                          | 0F 9C C1
            32 | setl cl                          | 0F 9C C1
            16 | setg byte [bx+si]                | 0F 9F 00
            32 | setg byte [bx+si]                | 67 0F 9F 00
            16 | setnz [eax+4]                    | 67 0F 95 40 04
            32 | setnz [eax+4]                    | 0F 95 40 04
            16 | xadd eax, ebx                    | 66 0F C1 D8
            32 | xadd eax, ebx                    | 0F C1 D8
            16 | lock xadd [ebx], ecx             | F0 66 67 0F C1 0B
            32 | lock xadd [ebx], ecx             | F0 0F C1 0B
            16 | xadd byte [si], al               | 0F C0 04
            32 | xadd byte [si], al               | 67 0F C0 04
            16 | cmpxchg ecx, edx                 | 66 0F B1 D1
            32 | cmpxchg ecx, edx                 | 0F B1 D1
            16 | lock cmpxchg [edi], ax           | F0 67 0F B1 07
            32 | lock cmpxchg [edi], ax           | F0 66 0F B1 07
            16 | cmpxchg8b [esi]                  | 67 0F C7 0E
            32 | cmpxchg8b [esi]                  | 0F C7 0E
            16 | lock cmpxchg8b [bx]              | F0 0F C7 0F
            32 | lock cmpxchg8b [bx]              | F0 67 0F C7 0F
            16 | bswap eax                        | 66 0F C8
            32 | bswap eax                        | 0F C8
            16 | bswap edi                        | 66 0F CF
            32 | bswap edi                        | 0F CF
            16 | bswap ax                         | 0F C8
            32 | bswap ax                         | 66 0F C8
            16 | shld eax, ebx, 4                 | 66 0F A4 D8 04
            32 | shld eax, ebx, 4                 | 0F A4 D8 04
            16 | shld [ebx], ecx, cl              | 66 67 0F A5 0B
            32 | shld [ebx], ecx, cl              | 0F A5 0B
            16 | shrd ax, dx, 3                   | 0F AC D0 03
            32 | shrd ax, dx, 3                   | 66 0F AC D0 03
            16 | shrd word [bx], cx, cl           | 0F AD 0F
            32 | shrd word [bx], cx, cl           | 66 67 0F AD 0F
            16 | enter 0x10, 0                    | C8 10 00 00
            32 | enter 0x10, 0                    | C8 10 00 00
            16 | enter 0x1234, 3                  | C8 34 12 03
            32 | enter 0x1234, 3                  | C8 34 12 03
            16 | leave                            | C9
            32 | leave                            | C9
            16 | xlatb                            | D7
            32 | xlatb                            | D7
            16 | lahf                             | 9F
            32 | lahf                             | 9F
            16 | sahf                             | 9E
            32 | sahf                             | 9E
            16 | lds si, [0x8000]                 | C5 36 00 80
            32 | lds si, [0x8000]                 | 66 C5 35 00 80 00 00
            16 | les eax, [ebx]                   | 66 67 C4 03
            32 | les eax, [ebx]                   | C4 03
            16 | lss esp, [esi+8]                 | 66 67 0F B2 66 08
            32 | lss esp, [esi+8]                 | 0F B2 66 08
            16 | lfs di, [bx]                     | 0F B4 3F
            32 | lfs di, [bx]                     | 66 67 0F B4 3F
            16 | lgs ecx, [eax]                   | 66 67 0F B5 08
            32 | lgs ecx, [eax]                   | 0F B5 08
            16 | bound eax, [ebx]                 | 66 67 62 03
            32 | bound eax, [ebx]                 | 62 03
            16 | bound dx, [bx+di]                | 62 11
            32 | bound dx, [bx+di]                | 66 67 62 11
            16 | daa                              | 27
            32 | daa                              | 27
            16 | das                              | 2F
            32 | das                              | 2F
            16 | aaa                              | 37
            32 | aaa                              | 37
            16 | aas                              | 3F
            32 | aas                              | 3F
            16 | aam                              | D4 0A
            32 | aam                              | D4 0A
            16 | aam 0x10                         | D4 10
            32 | aam 0x10                         | D4 10
            16 | aad                              | D5 0A
            32 | aad                              | D5 0A
            16 | aad 7                            | D5 07
            32 | aad 7                            | D5 07
            16 | lar eax, cx                      | 66 0F 02 C1
            32 | lar eax, cx                      | 0F 02 C1
            16 | lar ax, [bx]                     | 0F 02 07
            32 | lar ax, [bx]                     | 66 67 0F 02 07
            16 | lsl edx, ebx                     | 66 0F 03 D3
            32 | lsl edx, ebx                     | 0F 03 D3
            16 | lsl ax, word [si]                | 0F 03 04
            32 | lsl ax, word [si]                | 66 67 0F 03 04
            16 | verr ax                          | 0F 00 E0
            32 | verr ax                          | 0F 00 E0
            16 | verw [bx]                        | 0F 00 2F
            32 | verw [bx]                        | 67 0F 00 2F
            16 | arpl ax, cx                      | 63 C8
            32 | arpl ax, cx                      | 63 C8
            16 | arpl [bx], dx                    | 63 17
            32 | arpl [bx], dx                    | 67 63 17
            16 | repe cmpsb                       | F3 A6
            32 | repe cmpsb                       | F3 A6
            16 | repne scasd                      | F2 66 AF
            32 | repne scasd                      | F2 AF
            16 | rep insw                         | F3 6D
            32 | rep insw                         | F3 66 6D
            16 | rep outsb                        | F3 6E
            32 | rep outsb                        | F3 6E
            16 | bts eax, 5                       | 66 0F BA E8 05
            32 | bts eax, 5                       | 0F BA E8 05
            16 | btr dword [ebx], ecx             | 66 67 0F B3 0B
            32 | btr dword [ebx], ecx             | 0F B3 0B
            16 | btc word [bx], 0x11              | 0F BA 3F 11
            32 | btc word [bx], 0x11              | 66 67 0F BA 3F 11
            """)
    void libraryInstructionsEncodeAsTheSdmSays(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }
}
