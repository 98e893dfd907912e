package eduscc.machine.x86.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.ListingLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Assembler bytes → disassembler text → assembler bytes gives the same bytes: for every form of
 * every instruction the assembler knows, in 16- and 32-bit code, and for the kit's own reset stub
 * and the shipped reset example, which is what a student sees first.
 */
class RoundTripTest {
    /** What a data line starts with; everything else that emits bytes is an instruction. */
    private static final Set<String> DATA_WORDS = Set.of("db", "dw", "dd", "dq", "times", "align");

    @Test
    void everyInstructionFormRoundTripsIn16BitCode() {
        List<String> lines = InstructionCorpus.lines(16);
        assertTrue(lines.size() > 4000, "corpus of " + lines.size() + " lines");
        RoundTrip.check(lines, 16, 0x7C00);
    }

    @Test
    void everyInstructionFormRoundTripsIn32BitCode() {
        List<String> lines = InstructionCorpus.lines(32);
        assertTrue(lines.size() > 4000, "corpus of " + lines.size() + " lines");
        RoundTrip.check(lines, 32, 0x0010_0000);
    }

    @Test
    void theKitsResetStubRoundTripsInstructionByInstruction() throws IOException {
        int instructions = checkCodeOf("../kernel/src/main/resources/eduscc/kernel/boot/reset.asm");
        assertEquals(20, instructions, "instructions in reset.asm");
    }

    @Test
    void theShippedResetExampleRoundTripsInstructionByInstruction() throws IOException {
        int instructions = checkCodeOf("../examples/reset/hello.asm");
        assertEquals(11, instructions, "instructions in hello.asm");
    }

    @Test
    void theResetStubReadsAsItsSource() throws IOException {
        Assembly stub = RoundTrip.assemble(Files.readString(Path.of(
                "../kernel/src/main/resources/eduscc/kernel/boot/reset.asm"), StandardCharsets.UTF_8));
        ByteSource image = ByteSource.of(stub.bytes(), stub.origin());
        List<String> real = new ArrayList<>();
        for (Instruction i : Disassembler.decodeRange(image, 0xFFFFF000L, 0xFFFFF01FL, false)) {
            real.add(i.text());
        }
        assertEquals(List.of("cli", "xor ax, ax", "mov ss, ax", "mov sp, 0x8000", "o32 lgdt [cs:0xf060]",
                "mov eax, cr0", "or al, 0x1", "mov cr0, eax", "jmp dword 0x8:0xfffff01f"), real);
        assertEquals("jmp near 0xfffff000", Disassembler.decode(image, 0xFFFFFFF0L, false).text());
        assertEquals("jmp near 0x100000", Disassembler.decode(image, 0xFFFFF03CL, true).text());
    }

    /**
     * Finds the code in a source from its listing (lines that emit bytes and are not data),
     * follows its {@code bits} directives, and round-trips each run of consecutive code lines.
     */
    private static int checkCodeOf(String path) throws IOException {
        Assembly assembly = RoundTrip.assemble(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        int bits = 16;
        int count = 0;
        List<ListingLine> run = new ArrayList<>();
        for (ListingLine line : assembly.listing()) {
            List<String> words = words(line.source());
            boolean instruction = line.length() > 0 && !words.isEmpty() && !DATA_WORDS.contains(words.get(0));
            boolean continues = !run.isEmpty() && line.address() == end(run);
            if (!run.isEmpty() && (!instruction || !continues)) {
                count += checkRun(assembly, run, bits);
                run.clear();
            }
            if (!words.isEmpty() && words.get(0).equals("bits")) {
                bits = Integer.parseInt(words.get(1));
            }
            if (instruction) {
                run.add(line);
            }
        }
        return count + (run.isEmpty() ? 0 : checkRun(assembly, run, bits));
    }

    private static int checkRun(Assembly assembly, List<ListingLine> run, int bits) {
        RoundTrip.checkRange(assembly, run, run.get(0).address(), end(run), bits);
        return run.size();
    }

    private static long end(List<ListingLine> run) {
        ListingLine last = run.get(run.size() - 1);
        return last.address() + last.length();
    }

    /** The words of a line without its comment and label: {@code .next: mov al, [cs:si]} gives mov, al, ... */
    private static List<String> words(String source) {
        String code = source.replaceFirst(";.*", "").strip();
        code = code.replaceFirst("^[.\\w]+:(?!\\S)", "").strip();
        List<String> words = new ArrayList<>();
        for (String w : code.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
