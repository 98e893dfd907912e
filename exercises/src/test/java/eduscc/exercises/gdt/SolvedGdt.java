package eduscc.exercises.gdt;

import eduscc.kernel.arch.GdtEncoder;

/**
 * A right answer written differently from the kit's: the two doublewords lguest calls {@code a}
 * and {@code b} (facts D.1), then their bytes. The planted mistakes of {@link PlantedBugs} start
 * from it.
 */
public class SolvedGdt implements GdtEncoder {

    @Override
    public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
        int a = base << 16 | limit & 0xFFFF;
        int flags = (granularity ? 8 : 0) | (defaultBig ? 4 : 0);
        int b = base & 0xFF00_0000 | flags << 20 | limit & 0xF_0000 | (access & 0xFF) << 8 | base >>> 16 & 0xFF;
        byte[] bytes = new byte[8];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) (a >>> 8 * i);
            bytes[4 + i] = (byte) (b >>> 8 * i);
        }
        return bytes;
    }
}
