package eduscc.exercises.idtgates;

import eduscc.kernel.arch.GateEncoder;

/**
 * A right answer written differently from the kit's: the two doublewords of facts D.2
 * ({@code lo = sel<<16 | off&0xFFFF}, {@code hi = off&0xFFFF0000 | P<<15 | DPL<<13 | type<<8}),
 * then their bytes. The planted mistakes of {@link PlantedBugs} start from it.
 */
public class SolvedIdtGates implements GateEncoder {

    @Override
    public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
        int lo = selector << 16 | offset & 0xFFFF;
        int hi = offset & 0xFFFF_0000 | (present ? 1 << 15 : 0) | dpl << 13 | type << 8;
        byte[] bytes = new byte[8];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) (lo >>> 8 * i);
            bytes[4 + i] = (byte) (hi >>> 8 * i);
        }
        return bytes;
    }
}
