package eduscc.exercises.resetstub;

import eduscc.kernel.boot.SccBoot;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.AssemblyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The reset stub under test, named as the grader names a submission: a resource on the kit's
 * class path ({@code eduscc/exercises/resetstub/student-reset.asm}, the kit's own
 * {@code eduscc/kernel/boot/reset.asm}) or, for a teacher grading a copy, a file. It is assembled
 * by the kit's own assembler, as the kernel assembles its stub, and must fill the reset page the
 * way the kit's does: its last byte at 0xFFFFFFFF, its last 16 bytes the reset vector.
 */
final class StubSource {
    /** The suffix that tells a reset stub from a class name wherever the grader names a submission. */
    static final String SUFFIX = ".asm";

    private StubSource() {
    }

    /** Whether {@code name} names a reset stub (rather than a class). */
    static boolean isStub(String name) {
        return name.endsWith(SUFFIX);
    }

    /** Whether the stub named {@code name} is there, on the class path or as a file. */
    static boolean exists(String name) {
        return resource(name) != null || Files.isRegularFile(Path.of(name));
    }

    /** The text of the stub, from the class path first, else from the file of that name. */
    static String text(String name) {
        try (InputStream in = resource(name)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the reset stub " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The stub assembled under {@code shownAs}, the name its errors carry ({@code name:line: problem}).
     *
     * @throws eduscc.machine.x86.asm.AssemblyException for a line the assembler rejects
     * @throws IllegalArgumentException when the assembled bytes do not end at 0xFFFFFFFF
     */
    static Assembly assemble(String name, String shownAs) {
        Assembly stub = Assembler.assemble(shownAs, text(name));
        long end = stub.origin() + stub.bytes().length;
        if (end != 0x1_0000_0000L || stub.bytes().length > SccBoot.MAX_RESET_IMAGE) {
            throw new IllegalArgumentException(String.format("%s: the stub's bytes run from 0x%08X to 0x%08X, but the"
                + " reset page must end at 0xFFFFFFFF with the reset vector in its last 16 bytes: keep 'org 0xFFFFF000'"
                + " and the 'times 0x1000 - ($ - $$) db 0' at the end", shownAs, stub.origin(), end - 1));
        }
        return stub;
    }

    /**
     * The stub {@code name} as a lab boots it ({@code ResetStubPlugins}): assembled on first use
     * and kept, so that every boot of a debugger session, every step back, loads the same bytes.
     * A stub that does not assemble is tried again on the next boot.
     *
     * @return a supplier that throws an {@link IllegalArgumentException} with the assembler's
     *         {@code shownAs:line: problem} for a stub that does not assemble
     */
    static Supplier<Assembly> plugin(String name, String shownAs) {
        AtomicReference<Assembly> assembled = new AtomicReference<>();
        return () -> assembled.updateAndGet(kept -> {
            if (kept != null) {
                return kept;
            }
            try {
                return assemble(name, shownAs);
            } catch (AssemblyException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    private static InputStream resource(String name) {
        return StubSource.class.getClassLoader().getResourceAsStream(name);
    }
}
