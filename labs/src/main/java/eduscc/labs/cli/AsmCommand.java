package eduscc.labs.cli;

import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.AssemblyException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code eduscc asm FILE [-o OUT] [--listing]}: the kit's own assembler, so a student can build a
 * reset image for {@code boot --reset-image} without installing NASM.
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
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "-o" -> output = Path.of(args.value("-o"));
                case "--listing" -> listing = true;
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
        try {
            assembly = Assembler.assemble(source.getFileName().toString(), read(source));
        } catch (AssemblyException e) {
            err.println(e.getMessage());
            return 1;
        }
        Path target = output != null ? output : Path.of(source.toString().replaceFirst("\\.asm$", "") + ".bin");
        write(target, assembly.bytes());
        out.printf("%s: %d bytes at 0x%08X -> %s%n", source, assembly.bytes().length, assembly.origin(), target);
        if (listing) {
            out.print(assembly.render());
        }
        return 0;
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
