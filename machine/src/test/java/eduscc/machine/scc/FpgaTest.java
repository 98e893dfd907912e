package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static eduscc.machine.scc.GlobalInterruptController.IPI_REQUEST;
import static eduscc.machine.scc.GlobalInterruptController.IRQ_CONFIG;
import static eduscc.machine.scc.GlobalInterruptController.IRQ_MASK;
import static eduscc.machine.scc.GlobalInterruptController.IRQ_RESET;
import static eduscc.machine.scc.GlobalInterruptController.IRQ_STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FpgaTest {

    private static final CoreId SENDER = new CoreId(3);
    private static final CoreId RECEIVER = new CoreId(40); // tile (2,3), z = 0
    private static final int BIT_OF_SENDER = 1 << (6 + 3);

    private final RecordingWires wires = new RecordingWires();
    private final Interconnect chip = new Interconnect(wires);
    private final Fpga fpga = chip.fpga();

    private int receiverGlcfg() {
        return chip.crb(RECEIVER.tile()).glcfg(RECEIVER.z());
    }

    /** Core 3 writes its own IPI_REQUEST with bit 40, which lives in the high word. */
    private void sendIpiFrom3To40() {
        fpga.write32(SENDER, IPI_REQUEST + 8 * 3 + 4, 1 << (40 - 32));
    }

    private void openMaskOf40ForSender3() {
        fpga.write32(RECEIVER, IRQ_MASK + 8 * 40, ~BIT_OF_SENDER);
    }

    @Test
    void airCounterReadReturnsTheValueThenIncrements() {
        fpga.write32(SENDER, Fpga.AIR_SET0 + 8 * 7 + 4, 5);
        assertEquals(5, fpga.read32(SENDER, Fpga.AIR_SET0 + 8 * 7));
        assertEquals(6, fpga.read32(RECEIVER, Fpga.AIR_SET0 + 8 * 7));
        assertEquals(7, fpga.read32(SENDER, Fpga.AIR_SET0 + 8 * 7 + 4), "the init register reads without counting");
        assertEquals(7, fpga.atomicCounter(0, 7));
        assertEquals(0, fpga.read32(SENDER, Fpga.AIR_SET1 + 8 * 7), "the second set is separate");
        assertEquals(1, fpga.atomicCounter(1, 7));
    }

    @Test
    void writingTheCounterWordInsteadOfItsInitRegisterIsABusError() {
        BusError e = assertThrows(BusError.class, () -> fpga.write32(SENDER, Fpga.AIR_SET1, 0));
        assertTrue(e.getMessage().contains("init"), e.getMessage());
        assertThrows(BusError.class, () -> fpga.read32(SENDER, Fpga.AIR_SET0 + 8 * 48));
    }

    @Test
    void timestampCountsGlobalTimeIn8NsTicks() {
        assertEquals(0, fpga.read32(SENDER, Fpga.TIMESTAMP_LOW));
        wires.time = 128L * 1000 + 127;
        assertEquals(1000, fpga.read32(SENDER, Fpga.TIMESTAMP_LOW));
        assertEquals(0, fpga.read32(SENDER, Fpga.TIMESTAMP_HIGH));
        wires.time = ((1L << 32) + 5) * 128;
        assertEquals(1, fpga.read32(SENDER, Fpga.TIMESTAMP_HIGH));
        assertEquals(5, fpga.read32(SENDER, Fpga.TIMESTAMP_LOW));
    }

    @Test
    void ipiFromCore3To40SetsStatusBit9AndRaisesLint0WhenUnmasked() {
        openMaskOf40ForSender3();
        wires.time = 77;
        sendIpiFrom3To40();
        assertEquals(BIT_OF_SENDER, fpga.read32(RECEIVER, IRQ_STATUS + 8 * 40));
        assertEquals(0, fpga.read32(RECEIVER, IRQ_STATUS + 8 * 40 + 4));
        assertEquals(BIT_OF_SENDER, fpga.gic().status(40));
        assertEquals(List.of("core 40 LINT0 high @77"), wires.calls);
        assertEquals(ConfigRegisters.GLCFG_INTR, receiverGlcfg() & ConfigRegisters.GLCFG_INTR,
                "the GIC sets INTR in the receiver's GLCFG");
    }

    @Test
    void aMaskedIpiIsRecordedButRaisesNothing() {
        sendIpiFrom3To40();
        assertEquals(BIT_OF_SENDER, fpga.gic().status(40));
        assertEquals(List.of(), wires.calls, "masks reset to all ones");
        assertEquals(ConfigRegisters.GLCFG_DEFAULT, receiverGlcfg());
    }

    @Test
    void openingTheMaskOfAPendingIpiRaisesTheLine() {
        sendIpiFrom3To40();
        openMaskOf40ForSender3();
        assertEquals(List.of("core 40 LINT0 high @0"), wires.calls);
    }

    @Test
    void irqConfigOneRoutesToLint1ThroughTheNmiBit() {
        fpga.write32(RECEIVER, IRQ_CONFIG + 4 * 40, 1);
        assertEquals(1, fpga.read32(RECEIVER, IRQ_CONFIG + 4 * 40));
        openMaskOf40ForSender3();
        sendIpiFrom3To40();
        assertEquals(List.of("core 40 LINT1 high @0"), wires.calls);
        assertEquals(ConfigRegisters.GLCFG_NMI, receiverGlcfg() & 3);
    }

    @Test
    void irqResetClearsStatusButTheReceiverClearsItsOwnGlcfg() {
        openMaskOf40ForSender3();
        sendIpiFrom3To40();
        fpga.write32(RECEIVER, IRQ_RESET + 8 * 40, BIT_OF_SENDER);
        assertEquals(0, fpga.gic().status(40));
        assertEquals(ConfigRegisters.GLCFG_INTR, receiverGlcfg() & ConfigRegisters.GLCFG_INTR);
        chip.crb(RECEIVER.tile()).write32(RECEIVER, ConfigRegisters.GLCFG0, ConfigRegisters.GLCFG_DEFAULT);
        assertEquals(List.of("core 40 LINT0 high @0", "core 40 LINT0 low @0"), wires.calls);
    }

    @Test
    void ipiToSeveralCoresSetsTheSendersBitInEachStatus() {
        fpga.write32(new CoreId(47), IPI_REQUEST + 8 * 47, (1 << 0) | (1 << 5));
        long bit47 = 1L << (6 + 47);
        assertEquals(bit47, fpga.gic().status(0));
        assertEquals(bit47, fpga.gic().status(5));
        assertEquals((int) (bit47 >>> 32), fpga.read32(new CoreId(5), IRQ_STATUS + 8 * 5 + 4));
        assertEquals(0, fpga.gic().status(1));
    }

    @Test
    void statusIsReadOnlyAndUndefinedRegistersAreBusErrors() {
        assertThrows(BusError.class, () -> fpga.write32(SENDER, IRQ_STATUS, 0));
        BusError gap = assertThrows(BusError.class, () -> fpga.read32(SENDER, IRQ_STATUS + 8 * 48));
        assertTrue(gap.getMessage().contains("0xd180"), gap.getMessage());
        BusError clk = assertThrows(BusError.class, () -> fpga.read32(SENDER, 0x8230));
        assertTrue(clk.getMessage().contains("CLKFREQ") && clk.getMessage().contains("not modelled"),
                clk.getMessage());
        assertThrows(BusError.class, () -> fpga.read32(SENDER, 0x0000));
        assertThrows(BusError.class, () -> fpga.write32(SENDER, Fpga.TIMESTAMP_LOW, 0));
    }

    @Test
    void resetClearsStatusAndClosesMasks() {
        openMaskOf40ForSender3();
        sendIpiFrom3To40();
        fpga.reset();
        assertEquals(0, fpga.gic().status(40));
        assertEquals(GlobalInterruptController.MASK_RESET, fpga.gic().mask(40));
    }
}
