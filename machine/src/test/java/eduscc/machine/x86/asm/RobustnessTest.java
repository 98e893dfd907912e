package eduscc.machine.x86.asm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The assembler's promise to a student typing at it: whatever the line, the answer is an assembly
 * or an {@link AssemblyException} with the file and line, never another exception. The lines are
 * random but seeded, so a failure reproduces.
 */
class RobustnessTest {
    private static final List<String> WORDS = List.of("mov", "add", "jmp", "jz", "push", "pop", "lea", "xchg",
            "imul", "shl", "bt", "in", "out", "int", "ret", "lgdt", "ltr", "movzx", "loop", "call", "test", "inc",
            "iretd", "db", "dw", "dd", "dq", "times", "equ", "org", "bits", "align", "lock", "rep", "o32", "a16",
            "eax", "ax", "al", "cs", "ds", "es", "cr0", "bx", "si", "bp", "esp", "ebp", "ecx", "dx", "[", "]", "(",
            ")", ",", ":", "+", "-", "*", "/", "%", "<<", ">>", "~", "&", "|", "^", "$", "$$", "0", "1", "300", "-1",
            "0x10", "1Fh", "'a'", "\"str\"", "byte", "word", "dword", "short", "near", "far", "lbl", ".loc", "lbl:",
            "16", "32");
    private static final List<String> MNEMONICS = List.of("mov", "movzx", "movsx", "lea", "xchg", "add", "or",
            "adc", "sbb", "and", "sub", "xor", "cmp", "test", "inc", "dec", "not", "neg", "mul", "imul", "div",
            "idiv", "rol", "shr", "sar", "bt", "bts", "bsf", "push", "pop", "jmp", "jnz", "call", "ret", "retf",
            "int", "lgdt", "lldt", "sldt", "smsw", "invlpg", "in", "out", "loop", "jcxz");
    private static final List<String> OPERANDS = List.of("al", "ah", "ax", "sp", "eax", "esp", "ebp", "es", "cs",
            "fs", "cr0", "cr3", "5", "-1", "300", "0x12345678", "byte 1", "word 2", "dword 3", "[bx]", "[bp+di+4]",
            "[si-1]", "[0x100]", "[ebx]", "[esp+8]", "[ebp]", "[eax*4+ebx]", "[es:di]", "fs:[ecx+0x80]",
            "byte [bx]", "word [ebx]", "dword [esi]", "0x08:0x1000", "dword 0x10:0x20", "far [bx]", "short $",
            "near $", "$+200", "dx", "cl");

    @Test
    void randomTokenSoupNeverEscapesAsAnotherException() {
        Random random = new Random(20240601);
        for (int i = 0; i < 3000; i++) {
            StringBuilder line = new StringBuilder();
            for (int n = 1 + random.nextInt(7); n > 0; n--) {
                line.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
            }
            check(line.toString());
        }
    }

    @Test
    void randomInstructionsNeverEscapeAsAnotherException() {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder line = new StringBuilder(MNEMONICS.get(random.nextInt(MNEMONICS.size())));
            for (int n = random.nextInt(4); n > 0; n--) {
                line.append(line.indexOf(" ") < 0 ? " " : ", ");
                line.append(OPERANDS.get(random.nextInt(OPERANDS.size())));
            }
            check(line.toString());
        }
    }

    private static void check(String line) {
        for (String mode : List.of("bits 16\n", "bits 32\n")) {
            try {
                Assembler.assemble("fuzz.asm", mode + line);
            } catch (AssemblyException e) {
                assertTrue(e.getMessage().startsWith("fuzz.asm:2: "), () -> line + " -> " + e.getMessage());
                assertFalse(e.getMessage().contains("internal"), () -> line + " -> " + e.getMessage());
            } catch (RuntimeException e) {
                fail(mode + line + " threw " + e, e);
            }
        }
    }
}
