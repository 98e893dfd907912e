package eduscc.kernel.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The kernel writes exactly the bytes its GDT and gate encoders give (the exercises' plug-in
 * points), and an encoder that fails stops the boot with a panic that names it and the entry.
 * The encoders here mark bits the P54C ignores (AVL, byte 4 of a gate), so the kernel still boots.
 */
class EncoderPluginTest {

    private static Machine boot(Consumer<Kernel> choose) {
        return SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, new KernelConfig(100, 1));
            choose.accept(kernel);
            return kernel::boot;
        });
    }

    private static long qword(Core core, int address) {
        long low = Integer.toUnsignedLong(core.probePrivate(address, 4));
        long high = Integer.toUnsignedLong(core.probePrivate(address + 4, 4));
        return high << 32 | low;
    }

    @Test
    void theGdtHoldsTheEncodersBytesAndTheKernelStillBoots() {
        GdtEncoder withAvl = (base, limit, access, granularity, defaultBig) -> {
            byte[] bytes = new KitGdtEncoder().encode(base, limit, access, granularity, defaultBig);
            bytes[6] |= 0x10;
            return bytes;
        };
        try (Machine machine = boot(kernel -> kernel.setGdtEncoder(withAvl))) {
            machine.run();
            Core core = machine.core(0);
            assertEquals(0x00CF9B000000FFFFL | 1L << 52, qword(core, KernelLayout.GDT + 8), "kernel code, AVL set, accessed");
            assertEquals(1L << 52, qword(core, KernelLayout.GDT), "even the null entry is the encoder's");
            assertEquals(List.of(), machine.trace().events(TraceEvent.Panic.class));
            assertEquals(1, machine.trace().events(TraceEvent.InterruptDelivered.class).stream()
                .filter(i -> i.vector() == Idt.TIMER).count(), "the timer's tick");
        }
    }

    @Test
    void theIdtHoldsTheEncodersBytesAndTheTimerStillTicks() {
        GateEncoder markedByte4 = (offset, selector, type, dpl, present) -> {
            byte[] bytes = new KitGateEncoder().encode(offset, selector, type, dpl, present);
            bytes[4] = 0x1F;
            return bytes;
        };
        try (Machine machine = boot(kernel -> kernel.setGateEncoder(markedByte4))) {
            machine.run();
            long timer = qword(machine.core(0), KernelLayout.IDT + 8 * Idt.TIMER);
            assertEquals(0x0000_8E1F_0008_0000L | (EntryStubs.stub(Idt.TIMER) & 0xFFFF0000L) << 32
                | EntryStubs.stub(Idt.TIMER) & 0xFFFF, timer);
            assertEquals(1, machine.trace().events(TraceEvent.InterruptDelivered.class).stream()
                .filter(i -> i.vector() == Idt.TIMER).count(), "the timer's tick through the marked gate");
        }
    }

    @Test
    void anEncoderThatThrowsStopsTheBootWithAPanicNamingIt() {
        GateEncoder shortGates = (offset, selector, type, dpl, present) -> new byte[4];
        try (Machine machine = boot(kernel -> kernel.setGateEncoder(shortGates))) {
            machine.run();
            List<TraceEvent.Panic> panics = machine.trace().events(TraceEvent.Panic.class);
            assertEquals(1, panics.size());
            assertTrue(panics.get(0).reason().contains("gave 4 bytes for IDT gate 0; a descriptor is 8 bytes"),
                panics.get(0).reason());
        }
    }

    /** Limit 19:16 and the flags swapped: the data segment ends at 0xCFFFFFFF, below the tile's registers. */
    @Test
    void aWrongGdtFaultsTheBootAndThePanicSaysItWasTheBoot() {
        GdtEncoder swapped = (base, limit, access, granularity, defaultBig) -> {
            byte[] bytes = new KitGdtEncoder().encode(base, limit, access, granularity, defaultBig);
            bytes[6] = (byte) ((bytes[6] & 0x0F) << 4 | (bytes[6] & 0xF0) >>> 4);
            return bytes;
        };
        try (Machine machine = boot(kernel -> kernel.setGdtEncoder(swapped))) {
            machine.run();
            List<TraceEvent.Panic> panics = machine.trace().events(TraceEvent.Panic.class);
            assertEquals(1, panics.size());
            assertEquals("eduscc.kernel.sched.KernelPanic: kernel panic: core 0: exception vector 13 error 0x0 at"
                + " 0008:00100010 in the boot, before the scheduler existed", panics.get(0).reason());
        }
    }
}
