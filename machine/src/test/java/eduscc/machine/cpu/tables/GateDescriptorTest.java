package eduscc.machine.cpu.tables;

import static eduscc.machine.cpu.tables.Hex.bytes;
import static eduscc.machine.cpu.tables.Hex.dump;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class GateDescriptorTest {

    private static final Selector KERNEL_CODE = Selector.of(0x08);

    private static int lo(GateDescriptor gate) {
        return (int) gate.encode();
    }

    private static int hi(GateDescriptor gate) {
        return (int) (gate.encode() >>> 32);
    }

    @Test
    void presentRing0InterruptGateSplitsOffsetAroundSelectorAndHas8E00() {
        GateDescriptor gate = GateDescriptor.interruptGate(KERNEL_CODE, 0x00101234, 0);
        assertEquals(0x0008_1234, lo(gate), "lo = sel<<16 | off&0xFFFF");
        assertEquals(0x0010_8E00, hi(gate), "hi = off&0xFFFF0000 | P<<15 | DPL<<13 | type<<8");
        assertEquals("34 12 08 00 00 8e 10 00", dump(gate.toBytes()));
    }

    @Test
    void syscallGatesWithDpl3AreEE00AsInterruptAndEF00AsTrap() {
        assertEquals(0xEE00, hi(GateDescriptor.interruptGate(KERNEL_CODE, 0x00102000, 3)) & 0xFFFF);
        assertEquals(0xEF00, hi(GateDescriptor.trapGate(KERNEL_CODE, 0x00102000, 3)) & 0xFFFF);
        assertEquals(0x8F00, hi(GateDescriptor.trapGate(KERNEL_CODE, 0x00102000, 0)) & 0xFFFF);
    }

    @Test
    void taskGateKeepsItsOffsetFieldsZero() {
        GateDescriptor gate = GateDescriptor.taskGate(Selector.of(0x28), 0);
        assertEquals("00 00 28 00 00 85 00 00", dump(gate.toBytes()));
        assertEquals(0, gate.offset());
    }

    @Test
    void taskGateWithAnOffsetIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GateDescriptor(Selector.of(0x28), 0x1000, GateType.TASK, 0, true, 0));
        assertTrue(e.getMessage().contains("task gate has no offset"), e.getMessage());
    }

    @Test
    void decodeIgnoresTheBytesTheCpuIgnores() {
        GateDescriptor task = GateDescriptor.fromBytes(bytes("ad de 28 00 7f 85 ef be"), 0);
        assertEquals(GateDescriptor.taskGate(Selector.of(0x28), 0), task, "task gate offset and byte 4 unused");
        GateDescriptor interrupt = GateDescriptor.fromBytes(bytes("34 12 08 00 1f 8e 10 00"), 0);
        assertEquals(0, interrupt.paramCount(), "byte 4 of an interrupt gate is reserved");
    }

    @Test
    void callGateCarriesItsParameterCountInByte4() {
        GateDescriptor gate = GateDescriptor.callGate(KERNEL_CODE, 0x00103000, 3, 2);
        assertEquals("00 30 08 00 02 ec 10 00", dump(gate.toBytes()));
        assertEquals(gate, GateDescriptor.decode(gate.encode()));
        assertThrows(IllegalArgumentException.class,
                () -> new GateDescriptor(KERNEL_CODE, 0, GateType.TRAP32, 0, true, 2));
    }

    @Test
    void decodeOfACodeSegmentSaysSIsSet() {
        long flatCode = SegmentDescriptor.flatCode(0).encode();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GateDescriptor.decode(flatCode));
        assertTrue(e.getMessage().contains("S=1") && e.getMessage().contains("type 0xA"), e.getMessage());
    }

    @Test
    void decodeOfATssDescriptorNamesTheTypeItFound() {
        long tss = SegmentDescriptor.tss32(0x00105000, 0x67, 0).encode();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GateDescriptor.decode(tss));
        assertTrue(e.getMessage().contains("type 0x9 is a 32-bit TSS (available)"), e.getMessage());
    }

    @Test
    void idtEntryIsReadAtVectorTimesEight() {
        byte[] idt = new byte[0x81 * 8];
        GateDescriptor syscall = GateDescriptor.interruptGate(KERNEL_CODE, 0x00104000, 3);
        System.arraycopy(syscall.toBytes(), 0, idt, 0x80 * 8, 8);
        assertEquals(syscall, GateDescriptor.fromBytes(idt, 0x80 * 8));
    }

    @Test
    void interruptGatesClearIfAndTrapGatesLeaveIt() {
        assertTrue(GateType.INTERRUPT32.clearsInterruptFlag());
        assertFalse(GateType.TRAP32.clearsInterruptFlag());
        assertEquals(GateType.INTERRUPT32, GateType.fromCode(0xE).orElseThrow());
        assertEquals(GateType.TRAP32, GateType.fromCode(0xF).orElseThrow());
        assertTrue(GateType.fromCode(DescriptorType.TSS32_AVAILABLE).isEmpty());
        assertFalse(GateType.TASK.is32Bit());
        assertTrue(GateType.CALL32.is32Bit());
        assertFalse(GateType.INTERRUPT16.is32Bit());
    }

    @Test
    void describeGivesTheDebuggerLine() {
        assertEquals("32-bit interrupt gate DPL0 -> 0x08 (GDT[1], RPL 0):0x00101234 present, clears IF",
                GateDescriptor.interruptGate(KERNEL_CODE, 0x00101234, 0).describe());
        assertEquals("32-bit trap gate DPL3 -> 0x08 (GDT[1], RPL 0):0x00101234 present, leaves IF",
                GateDescriptor.trapGate(KERNEL_CODE, 0x00101234, 3).describe());
        assertEquals("task gate DPL0 -> TSS 0x28 (GDT[5], RPL 0) present",
                GateDescriptor.taskGate(Selector.of(0x28), 0).describe());
    }
}
