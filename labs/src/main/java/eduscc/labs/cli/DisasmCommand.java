package eduscc.labs.cli;

import eduscc.machine.x86.disasm.ByteSource;
import eduscc.machine.x86.disasm.Disassembler;
import eduscc.machine.x86.disasm.Instruction;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eduscc disasm FILE [--origin ADDR] [--bits 16|32] [--from ADDR] [--to ADDR] [--all]}:
 * the instructions in a raw image, one per line, so a student can check what NASM or the kit's
 * assembler made of a reset image before booting it.
 *
 * <p>Without {@code --origin} the image is placed like {@code boot --reset-image} places it, ending
 * at 0xFFFFFFFF, and read as 16-bit code, which is what a core runs after reset. The reset vector
 * 0xFFFFFFF0 is then an entry point: decoding starts afresh there, so the padding before it cannot
 * swallow the first instruction a core executes.
 *
 * <p>A run of three or more identical instructions, such as the zero padding of a reset image
 * (which reads as {@code add [bx+si], al}), is shown as its first line and a count; {@code --all}
 * prints every one.
 */
final class DisasmCommand {
    static final long FOUR_GIB = 1L << 32;
    /** Where a core fetches its first instruction after reset (SDM Vol. 3A §9.1.4). */
    static final long RESET_VECTOR = 0xFFFF_FFF0L;
    /** Identical instructions in a row before the rest of them are counted instead of printed. */
    static final int RUN = 3;

    private final PrintStream out;

    DisasmCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) {
        Path file = null;
        Long origin = null;
        Long from = null;
        Long to = null;
        int bits = 16;
        boolean all = false;
        while (args.hasNext()) {
            String word = args.next();
            switch (word) {
                case "--origin" -> origin = args.number("--origin");
                case "--from" -> from = args.number("--from");
                case "--to" -> to = args.number("--to");
                case "--bits" -> bits = bits(args.number("--bits"));
                case "--all" -> all = true;
                default -> {
                    if (word.startsWith("-") || file != null) {
                        throw new UsageError("unknown disasm argument '" + word + "'");
                    }
                    file = Path.of(word);
                }
            }
        }
        if (file == null) {
            throw new UsageError("disasm needs an image file");
        }
        byte[] image = read(file);
        long start = origin != null ? origin : FOUR_GIB - image.length;
        long end = start + image.length;
        if (start < 0 || end > FOUR_GIB) {
            throw new UsageError(String.format("--origin %s: %d bytes there do not fit in the 4 GiB address space",
                shown(start), image.length));
        }
        long first = from != null ? from : start;
        long last = to != null ? to : end;
        checkRange(first, last, start, end);
        out.printf("; %s: %d bytes at 0x%08X, %d-bit code%n", file, image.length, start, bits);
        ByteSource code = ByteSource.of(image, start);
        List<Instruction> instructions = new ArrayList<>();
        if (end == FOUR_GIB && first < RESET_VECTOR && RESET_VECTOR < last) {
            instructions.addAll(Disassembler.decodeRange(code, first, RESET_VECTOR, bits == 32));
            instructions.addAll(Disassembler.decodeRange(code, RESET_VECTOR, last, bits == 32));
        } else {
            instructions.addAll(Disassembler.decodeRange(code, first, last, bits == 32));
        }
        print(instructions, all);
        return 0;
    }

    private static int bits(long value) {
        if (value != 16 && value != 32) {
            throw new UsageError("--bits must be 16 or 32, got " + value);
        }
        return (int) value;
    }

    /** {@code --from} and {@code --to} must lie in the image, {@code --to} being the first address not shown. */
    private static void checkRange(long from, long to, long start, long end) {
        String image = String.format("the image covers 0x%08X..0x%08X", start, end - 1);
        if (from < start || from >= end) {
            throw new UsageError(String.format("--from %s is outside the image; %s", shown(from), image));
        }
        if (to <= start || to > end) {
            throw new UsageError(String.format("--to %s is outside the image; %s (--to is the first address not shown)",
                shown(to), image));
        }
        if (from >= to) {
            throw new UsageError(String.format("--from %s must come before --to %s", shown(from), shown(to)));
        }
    }

    /** An address as the user would have typed it; a negative number stays readable. */
    private static String shown(long value) {
        return value < 0 ? Long.toString(value) : String.format("0x%X", value);
    }

    private void print(List<Instruction> instructions, boolean all) {
        for (int i = 0; i < instructions.size(); ) {
            Instruction insn = instructions.get(i);
            int same = 1;
            while (i + same < instructions.size() && sameAs(insn, instructions.get(i + same))) {
                same++;
            }
            if (all || same < RUN) {
                for (int k = 0; k < same; k++) {
                    line(instructions.get(i + k));
                }
            } else {
                line(insn);
                Instruction next = instructions.get(i + 1);
                Instruction last = instructions.get(i + same - 1);
                out.printf("%08X  %-20s  ; %d more of the same, up to 0x%08X%n", next.address(), "...", same - 1,
                    last.next() - 1);
            }
            i += same;
        }
    }

    private static boolean sameAs(Instruction a, Instruction b) {
        return a.hex().equals(b.hex()) && a.text().equals(b.text());
    }

    private void line(Instruction insn) {
        out.printf("%08X  %-20s  %s%n", insn.address(), insn.hex(), insn.text());
    }

    private static byte[] read(Path file) {
        byte[] bytes = InputFile.read(file, file.toString());
        if (bytes.length == 0) {
            throw new UsageError(file + ": the file is empty");
        }
        return bytes;
    }
}
