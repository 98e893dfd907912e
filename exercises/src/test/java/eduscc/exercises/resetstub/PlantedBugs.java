package eduscc.exercises.resetstub;

import eduscc.kernel.boot.KernelImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reset stubs with one mistake each, as students make them: the kit's {@code reset.asm} with one
 * line changed or left out. Each is written to a file, which the grader takes as it takes a
 * teacher's copy of a submission.
 */
enum PlantedBugs {
    /** Sets everything up, then halts instead of jumping to the kernel. */
    STOPS_SHORT_OF_THE_KERNEL(0, "    jmp KERNEL_START\n", "    hlt\n"),
    /** GDTR's limit is the table's size, not the offset of its last byte. */
    GDT_LIMIT_OFF_BY_ONE(1, "    dw gdt_end - gdt - 1 ", "    dw gdt_end - gdt "),
    /** The code descriptor's type is execute-only (0x98): it runs, but every read through CS (a {@code cs:} override) faults. */
    EXECUTE_ONLY_CODE(2, "0x00CF9A00", "0x00CF9800"),
    /** Loads DS, ES and SS but leaves FS and GS with their real-mode contents. */
    FORGETS_FS_AND_GS(3, "    mov fs, ax\n    mov gs, ax\n", ""),
    /** Leaves the kernel the real-mode stack at 0x8000. */
    FORGETS_THE_STACK(4, "    mov esp, BOOT_STACK\n", ""),
    /** The magic of the Multiboot header (0x1BADB002) instead of the one a loader passes. */
    HEADER_MAGIC(5, "MULTIBOOT_MAGIC equ 0x2BADB002", "MULTIBOOT_MAGIC equ 0x1BADB002"),
    /** Never tells the kernel where the Multiboot information is. */
    FORGETS_THE_BOOT_INFO(6, "    mov ebx, BOOT_INFO\n", ""),
    /** Sets CR0.PE but jumps near: CS keeps its real-mode cache, and the 32-bit code runs as 16-bit code. */
    FORGETS_THE_FAR_JUMP(-1, "    jmp dword CODE_SELECTOR:protected_start\n", "    jmp protected_start\n"),
    /** A 16-bit LGDT keeps 24 bits of the GDT's base: the far jump reads descriptors from 0x00FFF0xx. */
    SIXTEEN_BIT_LGDT(-1, "    o32 lgdt [cs:", "    lgdt [cs:"),
    /** Spins where it should jump to the kernel. */
    SPINS_FOR_EVER(-1, "    jmp KERNEL_START\n", "spin:\n    jmp spin\n"),
    /** A control register the P54C does not have: the assembler stops at its line. */
    DOES_NOT_ASSEMBLE(-1, "    mov eax, cr0\n", "    mov eax, cr9\n");

    /** The check this mistake, and only this one, fails; -1 for the mistakes that fail more than one. */
    final int check;
    private final String line;
    private final String replacement;

    PlantedBugs(int check, String line, String replacement) {
        this.check = check;
        this.line = line;
        this.replacement = replacement;
    }

    /** The kit's stub with this mistake, written into {@code folder}; returns the file. */
    Path write(Path folder) {
        String kit = KernelImage.source(KernelImage.RESET_SOURCE);
        if (!kit.contains(line)) {
            throw new IllegalStateException(name() + ": the kit's reset.asm no longer has '" + line.strip() + "'");
        }
        Path file = folder.resolve(name().toLowerCase().replace('_', '-') + ".asm");
        try {
            Files.writeString(file, kit.replace(line, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
