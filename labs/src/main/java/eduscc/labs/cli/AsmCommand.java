package eduscc.labs.cli;

import eduscc.kernel.user.ProgramLibrary;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.AssemblyException;
import eduscc.machine.x86.asm.ElfWriter;
import eduscc.machine.x86.asm.IncludePath;
import eduscc.machine.x86.asm.OutputFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code eduscc asm FILE [-o OUT] [--elf] [--listing]}: the kit's own assembler, so a student can
 * build a reset image for {@code boot --reset-image} without installing NASM, or with
 * {@code --elf} a static ELF32 executable for the kernel to load from the ramdisk. A program may
 * {@code %include "crt0.asm"} and {@code "syscalls.asm"} from the kit's library, or files beside it.
 */
final class AsmCommand {
    private final PrintStream out;
    private final PrintStream err;

    AsmCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) {
        Path source = null;
        Path output = null;
        boolean listing = false;
        OutputFormat format = OutputFormat.FLAT_BINARY;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "-o" -> output = Path.of(args.value("-o"));
                case "--listing" -> listing = true;
                case "--elf" -> format = OutputFormat.ELF32;
                default -> {
                    if (word.startsWith("-") || source != null) {
                        throw new UsageError("unknown asm argument '" + word + "'");
                    }
                    source = Path.of(word);
                }
            }
        }
        if (source == null) {
            throw new UsageError("asm needs a source file");
        }
        Assembly assembly;
        byte[] file;
        try {
            assembly = Assembler.assemble(source.getFileName().toString(), read(source), format, includePath(source));
            file = format == OutputFormat.ELF32 ? ElfWriter.executable(assembly) : assembly.bytes();
        } catch (AssemblyException e) {
            err.println(e.getMessage());
            return 1;
        }
        // An executable goes without an extension, as a linker names a.out's successors; a raw image is a .bin.
        String stem = source.toString().replaceFirst("\\.asm$", "");
        Path target = output != null ? output : Path.of(format == OutputFormat.ELF32 ? stem : stem + ".bin");
        if (target.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
            throw new UsageError("asm would write its output over " + source + "; name the output with -o");
        }
        write(target, file);
        if (format == OutputFormat.ELF32) {
            out.printf("%s: ELF32 executable, %d bytes of code and data at 0x%08X, entry 0x%08X -> %s%n", source,
                    assembly.bytes().length, assembly.origin(), assembly.symbols().get(ElfWriter.ENTRY_SYMBOL), target);
        } else {
            out.printf("%s: %d bytes at 0x%08X -> %s%n", source, assembly.bytes().length, assembly.origin(), target);
        }
        if (listing) {
            out.print(assembly.render());
        }
        return 0;
    }

    /**
     * Where {@code %include} looks: the source's own folder first, as NASM looks in the current
     * one, so a student's file of the same name wins; then the kit's library (crt0.asm, syscalls.asm).
     */
    private static IncludePath includePath(Path source) {
        Path folder = source.getParent() != null ? source.getParent() : Path.of(".");
        return IncludePath.folder(folder).then(ProgramLibrary.INCLUDES);
    }

    private static String read(Path source) {
        return new String(InputFile.read(source, source.toString()), StandardCharsets.UTF_8);
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UsageError("cannot write " + target + ": " + e.getMessage());
        }
    }
}
