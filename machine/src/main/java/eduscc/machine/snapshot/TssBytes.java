package eduscc.machine.snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The 104 bytes of a 32-bit TSS (SDM Vol. 3A §7.2.1, facts D.4) as they lay in simulated memory
 * at a pause. They are kept as 13 little-endian 8-byte words so the snapshot stays immutable and
 * two snapshots compare with {@code equals}; {@link #bytes()} gives them back as bytes for
 * {@code Tss32.fromBytes}.
 *
 * @param selector the selector of the TSS descriptor (TR's selector for the active TSS)
 * @param base     the linear address of the TSS
 * @param words    13 words when readable, none otherwise
 * @param problem  why the TSS was not read; empty when {@code words} holds it
 */
public record TssBytes(int selector, int base, List<Long> words, String problem) {
    /** The fixed part of a 32-bit TSS, the part the task switch reads and writes. */
    public static final int SIZE = 104;
    private static final int WORDS = SIZE / 8;

    public TssBytes {
        words = List.copyOf(words);
        problem = problem == null ? "" : problem;
        if (problem.isEmpty() && words.size() != WORDS) {
            throw new IllegalArgumentException("a readable TSS holds " + WORDS + " words, not " + words.size());
        }
    }

    /** The TSS at {@code base} whose first {@link #SIZE} bytes are {@code bytes}. */
    public static TssBytes of(int selector, int base, byte[] bytes) {
        if (bytes.length < SIZE) {
            throw new IllegalArgumentException("a 32-bit TSS needs " + SIZE + " bytes, got " + bytes.length);
        }
        List<Long> words = new ArrayList<>(WORDS);
        for (int w = 0; w < WORDS; w++) {
            long word = 0;
            for (int i = 0; i < 8; i++) {
                word |= (bytes[8 * w + i] & 0xFFL) << (8 * i);
            }
            words.add(word);
        }
        return new TssBytes(selector, base, words, "");
    }

    public static TssBytes unreadable(int selector, int base, String why) {
        return new TssBytes(selector, base, List.of(), why);
    }

    public boolean readable() {
        return problem.isEmpty();
    }

    /** A fresh copy of the 104 bytes; empty when the TSS was not readable. */
    public byte[] bytes() {
        byte[] bytes = new byte[words.size() * 8];
        for (int w = 0; w < words.size(); w++) {
            for (int i = 0; i < 8; i++) {
                bytes[8 * w + i] = (byte) (words.get(w) >>> (8 * i));
            }
        }
        return bytes;
    }
}
