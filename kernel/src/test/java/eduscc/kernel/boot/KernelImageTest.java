package eduscc.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import java.util.List;
import org.junit.jupiter.api.Test;

/** reset.asm is assembled once per JVM and every boot loads that one assembly. */
class KernelImageTest {

    @Test
    void twoBootsShareOneResetAssemblyAndTraceTheSame() {
        Assembly first = KernelImage.resetStub();
        String firstHash = twoCoreBootHash();
        Assembly second = KernelImage.resetStub();
        String secondHash = twoCoreBootHash();

        assertSame(first, second, "the second boot must not assemble reset.asm again");
        assertEquals(SccBootTest.PINNED_TWO_CORE_HASH, firstHash);
        assertEquals(firstHash, secondHash);
    }

    @Test
    void theSharedResetAssemblyEqualsAFreshOne() {
        Assembly fresh = Assembler.assemble(KernelImage.RESET_SOURCE, KernelImage.source(KernelImage.RESET_SOURCE));
        Assembly shared = KernelImage.resetStub();
        assertEquals(fresh.origin(), shared.origin());
        assertArrayEquals(fresh.bytes(), shared.bytes());
        assertEquals(fresh.listing(), shared.listing());
        assertEquals(fresh.symbols(), shared.symbols());
    }

    @Test
    void changingTheBytesOfTheSharedAssemblyChangesNoLaterBoot() {
        KernelImage.resetStub().bytes()[0] ^= 0xFF;
        assertEquals(SccBootTest.PINNED_TWO_CORE_HASH, twoCoreBootHash(), "bytes() hands out a copy");
    }

    private static String twoCoreBootHash() {
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0), CoreId.of(1)), MachineConfig.DEFAULT)) {
            machine.run();
            return machine.trace().hashHex();
        }
    }
}
