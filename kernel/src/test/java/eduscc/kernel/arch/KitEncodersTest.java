package eduscc.kernel.arch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.machine.cpu.tables.GateDescriptor;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import eduscc.machine.cpu.tables.Selector;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The kit's encoders of the {@code gdt} and {@code idt-gates} exercises write the bytes the
 * machine's descriptor records write (so no lab's trace changes with the plug-in point), and the
 * bytes eduOS's tables hold, written out by hand from SDM Figures 3-8 and 6-2.
 */
class KitEncodersTest {
    private static final GdtEncoder GDT = new KitGdtEncoder();
    private static final GateEncoder GATES = new KitGateEncoder();

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    private static byte[] encode(SegmentDescriptor d) {
        return GDT.encode(d.base(), d.limit(), d.accessByte(), d.granularity(), d.defaultBig());
    }

    @Test
    void theKernelsEntriesHaveEduOsBytes() {
        assertEquals("00 00 00 00 00 00 00 00", hex(encode(SegmentDescriptor.nullDescriptor())));
        assertEquals("FF FF 00 00 00 9A CF 00", hex(encode(SegmentDescriptor.flatCode(0))));
        assertEquals("FF FF 00 00 00 92 CF 00", hex(encode(SegmentDescriptor.flatData(0))));
        assertEquals("FF FF 00 00 00 FA CF 00", hex(encode(SegmentDescriptor.flatCode(3))));
        assertEquals("FF FF 00 00 00 F2 CF 00", hex(encode(SegmentDescriptor.flatData(3))));
        assertEquals("67 00 80 20 11 89 00 00", hex(encode(SegmentDescriptor.tss32(KernelLayout.tssAddress(1), 0x67, 0))));
        assertEquals("FF FF 78 56 34 92 CF 12", hex(GDT.encode(0x12345678, 0xFFFFF, 0x92, true, true)));
        assertEquals("FF FF 00 00 00 92 45 00", hex(GDT.encode(0, 0x5FFFF, 0x92, false, true)));
    }

    @Test
    void segmentBytesAreTheMachinesForAnyDescriptorWithoutAvl() {
        Random random = new Random(1980);
        for (int i = 0; i < 10_000; i++) {
            SegmentDescriptor d = new SegmentDescriptor(random.nextInt(), random.nextInt(SegmentDescriptor.MAX_LIMIT + 1),
                random.nextInt(16), random.nextBoolean(), random.nextInt(4), random.nextBoolean(), false,
                random.nextBoolean(), random.nextBoolean());
            assertArrayEquals(d.toBytes(), encode(d), d.describe());
        }
    }

    @Test
    void theKernelsGatesHaveEduOsBytes() {
        assertEquals("34 12 08 00 00 8E 10 00", hex(GATES.encode(0x00101234, 0x08, GateEncoder.INTERRUPT_GATE, 0, true)));
        assertEquals("34 12 08 00 00 EF 10 00", hex(GATES.encode(0x00101234, 0x08, GateEncoder.TRAP_GATE, 3, true)));
        assertEquals("78 56 50 00 00 0E 34 12", hex(GATES.encode(0x12345678, 0x50, GateEncoder.INTERRUPT_GATE, 0, false)));
    }

    @Test
    void gateBytesAreTheMachinesForAnyInterruptOrTrapGate() {
        Random random = new Random(1985);
        for (int i = 0; i < 10_000; i++) {
            boolean trap = random.nextBoolean();
            GateDescriptor g = new GateDescriptor(Selector.of(random.nextInt(0x10000)), random.nextInt(),
                trap ? eduscc.machine.cpu.tables.GateType.TRAP32 : eduscc.machine.cpu.tables.GateType.INTERRUPT32,
                random.nextInt(4), random.nextBoolean(), 0);
            assertArrayEquals(g.toBytes(), GATES.encode(g.offset(), g.selector().value(), g.type().code(), g.dpl(),
                g.present()), g.describe());
        }
    }

    @Test
    void anEncoderThatGivesSevenBytesIsNamedWithTheEntry() {
        GdtEncoder shortOne = (base, limit, access, granularity, defaultBig) -> new byte[7];
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EncodedEntry.of(
            shortOne.encode(0, 0, 0, false, false), shortOne, "GDT entry 3"));
        assertEquals(shortOne.getClass().getSimpleName() + " gave 7 bytes for GDT entry 3; a descriptor is 8 bytes",
            e.getMessage());
    }
}
