package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PUSH and POP of every operand kind, PUSHA/POPA and PUSHF/POPF. Expected bytes: NASM 2.16.01 (see {@link ExpectedBytes}). */
class StackEncodingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | push ax                          | 50
            32 | push ax                          | 66 50
            16 | push eax                         | 66 50
            32 | push eax                         | 50
            16 | push bp                          | 55
            32 | push bp                          | 66 55
            16 | pop eax                          | 66 58
            32 | pop eax                          | 58
            16 | pop di                           | 5F
            32 | pop di                           | 66 5F
            16 | push 5                           | 6A 05
            32 | push 5                           | 6A 05
            16 | push -1                          | 6A FF
            32 | push -1                          | 6A FF
            16 | push 500                         | 68 F4 01
            32 | push 500                         | 68 F4 01 00 00
            16 | push word 5                      | 6A 05
            32 | push word 5                      | 66 6A 05
            16 | push dword 5                     | 66 6A 05
            32 | push dword 5                     | 6A 05
            16 | push byte 5                      | 6A 05
            32 | push byte 5                      | 6A 05
            16 | push es                          | 06
            32 | push es                          | 06
            16 | push cs                          | 0E
            32 | push cs                          | 0E
            16 | push ss                          | 16
            32 | push ss                          | 16
            16 | push ds                          | 1E
            32 | push ds                          | 1E
            16 | push fs                          | 0F A0
            32 | push fs                          | 0F A0
            16 | push gs                          | 0F A8
            32 | push gs                          | 0F A8
            16 | pop es                           | 07
            32 | pop es                           | 07
            16 | pop ss                           | 17
            32 | pop ss                           | 17
            16 | pop ds                           | 1F
            32 | pop ds                           | 1F
            16 | pop fs                           | 0F A1
            32 | pop fs                           | 0F A1
            16 | pop gs                           | 0F A9
            32 | pop gs                           | 0F A9
            16 | push word [bx+4]                 | FF 77 04
            32 | push word [bx+4]                 | 66 67 FF 77 04
            16 | push dword [ebx]                 | 66 67 FF 33
            32 | push dword [ebx]                 | FF 33
            16 | pop word [bx]                    | 8F 07
            32 | pop word [bx]                    | 66 67 8F 07
            16 | pop dword [ebx]                  | 66 67 8F 03
            32 | pop dword [ebx]                  | 8F 03
            16 | pusha                            | 60
            32 | pusha                            | 60
            16 | popa                             | 61
            32 | popa                             | 61
            16 | pushad                           | 66 60
            32 | pushad                           | 60
            16 | popad                            | 66 61
            32 | popad                            | 61
            16 | pushf                            | 9C
            32 | pushf                            | 9C
            16 | popf                             | 9D
            32 | popf                             | 9D
            16 | pushfd                           | 66 9C
            32 | pushfd                           | 9C
            16 | popfd                            | 66 9D
            32 | popfd                            | 9D
            """)
    void stackInstructionsEncodeAsNasmDoes(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }
}
