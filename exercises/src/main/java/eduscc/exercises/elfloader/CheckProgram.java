package eduscc.exercises.elfloader;

import eduscc.kernel.boot.KernelResources;
import eduscc.kernel.elf.UserSpace;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.ElfWriter;
import eduscc.machine.x86.asm.OutputFormat;
import java.util.Arrays;

/**
 * The files the checks load: {@code check-program.asm} beside this class, assembled by the kit
 * into an ELF32 executable (code on two pages at 0x08048000 with its entry on the second, data on
 * two pages with a file part of 4097 bytes and a {@code .bss} that ends on a third), and two
 * files the kit refuses: one whose magic is wrong, one whose data segment lies in the kernel's
 * top gigabyte.
 */
final class CheckProgram {
    static final String NAME = "/bin/check";
    static final byte[] FILE = ElfWriter.executable(Assembler.assemble("check-program.asm",
        KernelResources.text(CheckProgram.class, "check-program.asm"), OutputFormat.ELF32));
    /** Where the program headers are (right after the 52-byte ELF header) and how long each is. */
    private static final int PHOFF = 52;
    private static final int PHENTSIZE = 32;
    private static final int P_VADDR = 8;

    private CheckProgram() {
    }

    /** The program with e_ident's "ELF" spelt "ELV". */
    static byte[] badMagic() {
        byte[] bad = FILE.clone();
        bad[3] = 'V';
        return bad;
    }

    /** The program with its second segment (the data) moved to the first page of the kernel's gigabyte. */
    static byte[] dataInKernelSpace() {
        byte[] bad = FILE.clone();
        int at = PHOFF + PHENTSIZE + P_VADDR;
        int vaddr = (int) UserSpace.USER_END;
        for (int i = 0; i < 4; i++) {
            bad[at + i] = (byte) (vaddr >>> (8 * i));
        }
        return bad;
    }

    static byte[] copy() {
        return Arrays.copyOf(FILE, FILE.length);
    }
}
