package eduscc.kernel.boot;

import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.IncludePath;
import eduscc.machine.x86.asm.OutputFormat;
import eduscc.machine.x86.asm.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The boot code the kit ships as assembly source and assembles itself: the real-mode reset stub
 * that sits at the top of each core's memory, and the head of the kernel image with its
 * Multiboot header. Students can read both sources next to the listing the debugger shows.
 */
public final class KernelImage {
    public static final String RESET_SOURCE = "reset.asm";
    public static final String HEAD_SOURCE = "kernel_head.asm";

    private KernelImage() {
    }

    /**
     * The reset page: 4 KiB ending at 0xFFFFFFFF, with the reset vector in its last 16 bytes.
     * Every boot, and so every step back in the debugger, loads it; an {@link Assembly} is
     * immutable, so every boot of this JVM shares the one assembled on first use.
     */
    public static Assembly resetStub() {
        return Reset.ASSEMBLY;
    }

    /** Assembled once, on first use (the class is loaded when {@link #resetStub} first runs). */
    private static final class Reset {
        static final Assembly ASSEMBLY = Assembler.assemble(RESET_SOURCE, source(RESET_SOURCE), OutputFormat.FLAT_BINARY,
            RESET_INCLUDES);
    }

    /**
     * Where the reset stub's {@code %include "NAME"} looks: the kit's class path, NAME a resource
     * path. The kit's stub includes nothing; the student edition's {@code reset.asm} is one line
     * that includes the student's stub ({@code exercises/edition/reset-stub/}), so that every core
     * of every lab there starts in the student's code.
     */
    public static final IncludePath RESET_INCLUDES = new IncludePath() {
        @Override
        public SourceFile find(String name) {
            try (InputStream in = KernelImage.class.getClassLoader().getResourceAsStream(name)) {
                return in == null ? null : new SourceFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + " from the class path", e);
            }
        }

        @Override
        public String describe() {
            return "the kit's class path";
        }
    };

    /** The first bytes of the kernel at 1 MiB: jump, Multiboot header, entry point. */
    public static Assembly head() {
        return Head.ASSEMBLY;
    }

    /** Assembled once, on first use. */
    private static final class Head {
        static final Assembly ASSEMBLY = assemble(HEAD_SOURCE);
    }

    /** The address the kernel binds its Java entry to. */
    public static int entryAddress() {
        return head().symbols().get("kernel_entry").intValue();
    }

    public static String source(String name) {
        return KernelResources.text(KernelImage.class, name);
    }

    private static Assembly assemble(String name) {
        return Assembler.assemble(name, source(name));
    }
}
