package eduscc.machine.cpu.tables;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Encode-then-decode gives back what went in, over many pseudo-random but reproducible values. */
class DescriptorRoundTripTest {

    private static final int ROUNDS = 10_000;
    private static final long L_BIT = 1L << 53;

    @Test
    void segmentDescriptorsSurviveEncodeAndDecode() {
        Random random = new Random(42);
        for (int i = 0; i < ROUNDS; i++) {
            SegmentDescriptor d = new SegmentDescriptor(random.nextInt(), random.nextInt(SegmentDescriptor.MAX_LIMIT + 1),
                    random.nextInt(16), random.nextBoolean(), random.nextInt(4), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
            String seen = "round " + i + ": " + d;
            assertEquals(d, SegmentDescriptor.decode(d.encode()), seen);
            assertEquals(d, SegmentDescriptor.fromBytes(d.toBytes(), 0), seen);
            assertEquals(0, d.encode() & L_BIT, seen);
        }
    }

    @Test
    void everyBitOfARawSegmentDescriptorExceptLSurvivesDecodeAndEncode() {
        Random random = new Random(42);
        for (int i = 0; i < ROUNDS; i++) {
            long raw = random.nextLong() & ~L_BIT;
            assertEquals(raw, SegmentDescriptor.decode(raw).encode(), String.format("round %d: 0x%016X", i, raw));
        }
    }

    @Test
    void gateDescriptorsSurviveEncodeAndDecode() {
        Random random = new Random(42);
        GateType[] types = GateType.values();
        for (int i = 0; i < ROUNDS; i++) {
            GateType type = types[random.nextInt(types.length)];
            int offset = type.hasOffset() ? random.nextInt() : 0;
            int params = type.isCallGate() ? random.nextInt(32) : 0;
            GateDescriptor g = new GateDescriptor(Selector.of(random.nextInt(0x10000)), offset, type,
                    random.nextInt(4), random.nextBoolean(), params);
            String seen = "round " + i + ": " + g;
            assertEquals(g, GateDescriptor.decode(g.encode()), seen);
            assertEquals(g, GateDescriptor.fromBytes(g.toBytes(), 0), seen);
        }
    }

    @Test
    void tssImagesSurviveToBytesAndFromBytes() {
        Random random = new Random(42);
        for (int i = 0; i < ROUNDS / 10; i++) {
            Tss32 tss = new Tss32(word(random), random.nextInt(), word(random), random.nextInt(), word(random),
                    random.nextInt(), word(random), random.nextInt(), random.nextInt(), random.nextInt(),
                    random.nextInt(), random.nextInt(), random.nextInt(), random.nextInt(), random.nextInt(),
                    random.nextInt(), random.nextInt(), random.nextInt(), word(random), word(random), word(random),
                    word(random), word(random), word(random), word(random), random.nextBoolean(), word(random));
            assertEquals(tss, Tss32.fromBytes(tss.toBytes(), 0), "round " + i);
        }
    }

    private static int word(Random random) {
        return random.nextInt(0x10000);
    }
}
