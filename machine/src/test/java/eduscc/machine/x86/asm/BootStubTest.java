package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A whole reset stub of the kind the kit boots each core with: the last 4 KiB below 4 GiB, entered
 * at the reset vector 0xFFFFFFF0 in real mode, switching to protected mode as SDM Vol. 3A §9.9.1
 * describes and Barrelfish's SCC boot path does (facts/scc-lguest-x86.md §A.8, §D.6). The expected
 * bytes agree with NASM 2.16.01 on the same source.
 */
class BootStubTest {
    static final String STUB = """
            ; eduSCC reset stub: real mode to protected mode (SDM Vol. 3A 9.9.1)
                    bits 16
                    org 0xFFFFF000
            CS_BASE  equ 0xFFFF0000         ; real-mode CS base after reset
            CODE_SEL equ 0x08
            DATA_SEL equ 0x10
            start:
                    cli
                    o32 lgdt [cs:gdt_ptr - CS_BASE]
                    mov eax, cr0
                    or al, 1
                    mov cr0, eax
                    jmp dword CODE_SEL:pm32

                    align 8
            gdt:    dq 0
                    dd 0x0000ffff, 0x00cf9a00   ; flat ring-0 code
                    dd 0x0000ffff, 0x00cf9300   ; flat ring-0 data
            gdt_end:
            gdt_ptr:
                    dw gdt_end - gdt - 1
                    dd gdt

                    bits 32
            pm32:
                    mov ax, DATA_SEL
                    mov ds, ax
                    mov es, ax
                    mov fs, ax
                    mov gs, ax
                    mov ss, ax
                    mov esp, 0x9F000
            .halt:  hlt
                    jmp .halt

                    times 0xFF0-($-$$) db 0
                    bits 16
            reset:  jmp start
                    times 0x1000-($-$$) db 0
            """;

    private final Assembly stub = Assembler.assemble("reset.asm", STUB);

    @Test
    void stubFillsTheLastPageBelowFourGigabytes() {
        assertEquals(0xFFFFF000L, stub.origin());
        assertEquals(4096, stub.bytes().length);
    }

    @Test
    void realModePartLoadsTheGdtSetsPeAndFarJumpsWithA32BitOffset() {
        byte[] code = Arrays.copyOfRange(stub.bytes(), 0, 0x18);
        assertEquals("FA"                           // cli
                + " 2E 66 0F 01 16 30 F0"           // o32 lgdt [cs:0xF030]
                + " 0F 20 C0"                       // mov eax, cr0
                + " 0C 01"                          // or al, 1
                + " 0F 22 C0"                       // mov cr0, eax
                + " 66 EA 36 F0 FF FF 08 00",       // jmp dword 0x08:0xFFFFF036
                hex(code));
    }

    @Test
    void gdtHoldsNullCodeAndDataDescriptorsAndItsPseudoDescriptor() {
        byte[] gdt = Arrays.copyOfRange(stub.bytes(), 0x18, 0x36);
        assertEquals("00 00 00 00 00 00 00 00"
                + " FF FF 00 00 00 9A CF 00"
                + " FF FF 00 00 00 93 CF 00"
                + " 17 00 18 F0 FF FF", hex(gdt));
    }

    @Test
    void protectedModePartLoadsDataSegmentsAndStack() {
        byte[] code = Arrays.copyOfRange(stub.bytes(), 0x36, 0x4C);
        assertEquals("66 B8 10 00"                                  // mov ax, 0x10
                + " 8E D8 8E C0 8E E0 8E E8 8E D0"                  // mov ds/es/fs/gs/ss, ax
                + " BC 00 F0 09 00"                                 // mov esp, 0x9F000
                + " F4 EB FD", hex(code));                          // hlt; jmp .halt
    }

    @Test
    void resetVectorJumpsBackToTheStartOfTheStub() {
        byte[] vector = Arrays.copyOfRange(stub.bytes(), 0xFF0, 0x1000);
        assertEquals("E9 0D F0 00 00 00 00 00 00 00 00 00 00 00 00 00", hex(vector));
    }

    @Test
    void symbolsHoldLinearAddressesAndConstants() {
        assertEquals(0xFFFFF000L, stub.symbols().get("start"));
        assertEquals(0xFFFFF018L, stub.symbols().get("gdt"));
        assertEquals(0xFFFFF030L, stub.symbols().get("gdt_ptr"));
        assertEquals(0xFFFFF036L, stub.symbols().get("pm32"));
        assertEquals(0xFFFFF049L, stub.symbols().get("pm32.halt"));
        assertEquals(0xFFFFFFF0L, stub.symbols().get("reset"));
        assertEquals(0x08L, stub.symbols().get("CODE_SEL"));
        assertEquals(0xFFFF0000L, stub.symbols().get("CS_BASE"));
    }

    @Test
    void lineAtMapsEveryByteOfAnInstructionToItsSourceLine() {
        assertEquals(8, line(0xFFFFF000L));                 // cli
        assertEquals(9, line(0xFFFFF001L));                 // first byte of lgdt
        assertEquals(9, line(0xFFFFF007L));                 // last byte of lgdt
        assertEquals(13, line(0xFFFFF017L));                // the far jump
        assertEquals(17, line(0xFFFFF020L));                // the code descriptor
        assertEquals(33, line(0xFFFFF049L));                // .halt: hlt
        assertEquals(36, line(0xFFFFF800L));                // the padding
        assertEquals(38, line(0xFFFFFFF0L));                // the reset vector
        assertEquals(38, line(0xFFFFFFF2L));
    }

    @Test
    void lineAtFindsNothingOutsideTheImage() {
        assertTrue(stub.lineAt(0xFFFFEFFFL).isEmpty());
        assertTrue(stub.lineAt(0x1_0000_0000L).isEmpty());
    }

    @Test
    void sourceLineOfTheFarJumpIsReportedAsWritten() {
        assertEquals("        jmp dword CODE_SEL:pm32", stub.lineAt(0xFFFFF010L).orElseThrow().source());
    }

    private int line(long address) {
        return stub.lineAt(address).orElseThrow(() -> new AssertionError("no line at " + Long.toHexString(address)))
                .lineNumber();
    }
}
