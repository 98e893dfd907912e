package eduscc.machine.x86.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the interpreter from the reset vector: a few thousand seeded random reset images (random
 * bytes, half of them biased towards prefixes, system opcodes and far transfers so they get past
 * the first #UD) each run for a bounded number of instructions on one core. However wrong the
 * code, the core must end in one of its documented stop reasons (halt, triple fault, machine
 * check) or still be running when the budget is spent: no Java exception may escape the model.
 * {@code -Deduscc.fuzz.images=N} runs more.
 */
class RandomResetImageTest {
    static final int IMAGES = Integer.getInteger("eduscc.fuzz.images", 3000);
    static final long SEED = Long.getLong("eduscc.fuzz.seed", 1L);
    private static final int BUDGET = 2_000;
    private static final Pattern DOCUMENTED_STOP =
        Pattern.compile("core 0: (halted|instruction budget spent|triple fault: .*|machine check: .*)", Pattern.DOTALL);
    /** Bytes that lead somewhere: prefixes, 0F, INT/IRET, far JMP/CALL/RET, MOV Sreg, MOV CRn, LGDT/LIDT, HLT, POPF. */
    private static final int[] INTERESTING = {
        0x66, 0x67, 0xF3, 0x2E, 0x0F, 0x0F, 0x01, 0x22, 0x20, 0xCD, 0xCF, 0xEA, 0x9A, 0xCA, 0xCB, 0x8E, 0x9D, 0xF4,
        0x17, 0x1F, 0xC3, 0xE8, 0xFF, 0x00, 0x08, 0x10, 0xFB, 0xFA,
    };

    @Test
    void randomResetImagesEndOnlyInDocumentedStopReasons() {
        List<String> escaped = new ArrayList<>();
        int[] halted = new int[1];
        for (int i = 0; i < IMAGES; i++) {
            long seed = SEED + i;
            byte[] image = image(new Random(seed));
            try {
                String reason = KitRun.run(image, BUDGET).stopReason();
                if (!DOCUMENTED_STOP.matcher(reason).matches()) {
                    escaped.add("seed " + seed + ": stopped for an undocumented reason: " + reason);
                }
                halted[0] += reason.equals("core 0: halted") ? 1 : 0;
            } catch (RuntimeException | StackOverflowError e) {
                escaped.add("seed " + seed + ": " + e);
            }
        }
        System.out.println("random reset images: " + IMAGES + " run, " + halted[0] + " halted, " + escaped.size() + " let an exception escape");
        assertEquals(List.of(), escaped.subList(0, Math.min(10, escaped.size())));
    }

    /** 64 KiB ending at 4 GiB: HLT filler below a random tail of 16 bytes to 4 KiB, or random throughout. */
    static byte[] image(Random random) {
        byte[] image = new byte[0x10000];
        java.util.Arrays.fill(image, (byte) 0xF4);
        int length = random.nextInt(8) == 0 ? image.length : 16 + random.nextInt(4096);
        boolean biased = random.nextBoolean();
        for (int i = image.length - length; i < image.length; i++) {
            image[i] = (byte) (biased && random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : random.nextInt(256));
        }
        return image;
    }
}
