package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assertEncodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Descriptor-table and task-register instructions, and the operand-less system instructions. Expected bytes: NASM 2.16.01 (see {@link ExpectedBytes}). */
class SystemEncodingTest {

    @ParameterizedTest(name = "bits {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            16 | lgdt [0x100]                     | 0F 01 16 00 01
            32 | lgdt [0x100]                     | 0F 01 15 00 01 00 00
            16 | lgdt [cs:0x100]                  | 2E 0F 01 16 00 01
            32 | lgdt [cs:0x100]                  | 2E 0F 01 15 00 01 00 00
            16 | lidt [bx]                        | 0F 01 1F
            32 | lidt [bx]                        | 67 0F 01 1F
            16 | sgdt [ebx]                       | 67 0F 01 03
            32 | sgdt [ebx]                       | 0F 01 03
            16 | sidt [es:di]                     | 26 0F 01 0D
            32 | sidt [es:di]                     | 26 67 0F 01 0D
            16 | o32 lgdt [cs:0x100]              | 2E 66 0F 01 16 00 01
            32 | o32 lgdt [cs:0x100]              | 2E 0F 01 15 00 01 00 00
            16 | o32 lidt [bx+si]                 | 66 0F 01 18
            32 | o32 lidt [bx+si]                 | 67 0F 01 18
            16 | lldt ax                          | 0F 00 D0
            32 | lldt ax                          | 0F 00 D0
            16 | lldt [bx]                        | 0F 00 17
            32 | lldt [bx]                        | 67 0F 00 17
            16 | ltr ax                           | 0F 00 D8
            32 | ltr ax                           | 0F 00 D8
            16 | ltr word [ebx]                   | 67 0F 00 1B
            32 | ltr word [ebx]                   | 0F 00 1B
            16 | sldt ax                          | 0F 00 C0
            32 | sldt ax                          | 66 0F 00 C0
            16 | sldt eax                         | 66 0F 00 C0
            32 | sldt eax                         | 0F 00 C0
            16 | sldt [bx]                        | 0F 00 07
            32 | sldt [bx]                        | 67 0F 00 07
            16 | str ax                           | 0F 00 C8
            32 | str ax                           | 66 0F 00 C8
            16 | str ecx                          | 66 0F 00 C9
            32 | str ecx                          | 0F 00 C9
            16 | str [bx]                         | 0F 00 0F
            32 | str [bx]                         | 67 0F 00 0F
            16 | lmsw ax                          | 0F 01 F0
            32 | lmsw ax                          | 0F 01 F0
            16 | lmsw [bx]                        | 0F 01 37
            32 | lmsw [bx]                        | 67 0F 01 37
            16 | smsw ax                          | 0F 01 E0
            32 | smsw ax                          | 66 0F 01 E0
            16 | smsw eax                         | 66 0F 01 E0
            32 | smsw eax                         | 0F 01 E0
            16 | smsw [bx]                        | 0F 01 27
            32 | smsw [bx]                        | 67 0F 01 27
            16 | invlpg [bx]                      | 0F 01 3F
            32 | invlpg [bx]                      | 67 0F 01 3F
            16 | invlpg [eax]                     | 67 0F 01 38
            32 | invlpg [eax]                     | 0F 01 38
            16 | invlpg [0x1000]                  | 0F 01 3E 00 10
            32 | invlpg [0x1000]                  | 0F 01 3D 00 10 00 00
            16 | cli                              | FA
            32 | cli                              | FA
            16 | sti                              | FB
            32 | sti                              | FB
            16 | cld                              | FC
            32 | cld                              | FC
            16 | std                              | FD
            32 | std                              | FD
            16 | clc                              | F8
            32 | clc                              | F8
            16 | stc                              | F9
            32 | stc                              | F9
            16 | cmc                              | F5
            32 | cmc                              | F5
            16 | hlt                              | F4
            32 | hlt                              | F4
            16 | nop                              | 90
            32 | nop                              | 90
            16 | lahf                             | 9F
            32 | lahf                             | 9F
            16 | sahf                             | 9E
            32 | sahf                             | 9E
            16 | leave                            | C9
            32 | leave                            | C9
            16 | clts                             | 0F 06
            32 | clts                             | 0F 06
            16 | invd                             | 0F 08
            32 | invd                             | 0F 08
            16 | wbinvd                           | 0F 09
            32 | wbinvd                           | 0F 09
            16 | ud2                              | 0F 0B
            32 | ud2                              | 0F 0B
            16 | wrmsr                            | 0F 30
            32 | wrmsr                            | 0F 30
            16 | rdtsc                            | 0F 31
            32 | rdtsc                            | 0F 31
            16 | rdmsr                            | 0F 32
            32 | rdmsr                            | 0F 32
            16 | cpuid                            | 0F A2
            32 | cpuid                            | 0F A2
            16 | cbw                              | 98
            32 | cbw                              | 66 98
            16 | cwde                             | 66 98
            32 | cwde                             | 98
            16 | cwd                              | 99
            32 | cwd                              | 66 99
            16 | cdq                              | 66 99
            32 | cdq                              | 99
            """)
    void systemInstructionsEncodeAsNasmDoes(int bits, String line, String expected) {
        assertEncodes(bits, line, expected);
    }

    @Test
    void cl1invmbIsTheSccOpcode0F0A() {
        // facts/scc-lguest-x86.md §A.3: invalidates all MPBT-tagged L1 lines; NASM does not know it.
        assertEncodes(16, "cl1invmb", "0F 0A");
        assertEncodes(32, "CL1INVMB", "0F 0A");
    }
}
