package eduscc.machine.x86.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The disassembler's promise to a debugger pointed at arbitrary memory: whatever the bytes, it
 * answers with an instruction of 1 to 15 bytes and never throws, so stepping through data or a
 * corrupted image always moves on. The bytes are random but seeded, so a failure reproduces.
 */
class RobustnessTest {

    @Test
    void randomBytesNeverThrowAndAlwaysMoveOn() {
        Random random = new Random(7);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            for (boolean bits32 : new boolean[] {false, true}) {
                valid += check(bytes, bits32) ? 1 : 0;
            }
        }
        // Most random bytes are some instruction: a decoder that rejects everything fails here.
        assertTrue(valid > 30_000, valid + " of 40000 sequences start with a valid instruction");
    }

    private static boolean check(byte[] bytes, boolean bits32) {
        ByteSource code = ByteSource.of(bytes, 0x1000);
        try {
            Instruction first = Disassembler.decode(code, 0x1000, bits32);
            assertTrue(first.length() >= 1 && first.length() <= 15, () -> describe(bytes, bits32, first));
            assertTrue(first.valid() != first.text().startsWith("db "), () -> describe(bytes, bits32, first));
            List<Instruction> all = Disassembler.decodeRange(code, 0x1000, 0x1010, bits32);
            long covered = all.stream().mapToLong(Instruction::length).sum();
            assertEquals(16, covered, () -> "the range is covered exactly: " + all);
            assertEquals(first, all.get(0));
            return first.valid();
        } catch (RuntimeException e) {
            fail("bits " + (bits32 ? 32 : 16) + ": " + Bytes.hexOf(bytes) + " threw " + e, e);
            return false;
        }
    }

    private static String describe(byte[] bytes, boolean bits32, Instruction i) {
        return "bits " + (bits32 ? 32 : 16) + ": " + Bytes.hexOf(bytes) + " -> " + i;
    }
}
