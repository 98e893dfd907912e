package eduscc.visualizer.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.boot.ResetStubPlugins;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.Scenario;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A lab that boots another reset stub (a student's, in a reset-stub replay) shows that stub's
 * listing in the Boot view, with its own next line: not the kit's reset.asm, whose lines lie
 * elsewhere.
 */
class LabResetStubListingTest {
    private static final String STUB = "halts-before-the-kernel";

    /** The kit's stub with an HLT where the jump to the kernel was. */
    private static Assembly haltingStub() {
        String kit = KernelImage.source(KernelImage.RESET_SOURCE);
        String jump = "    jmp KERNEL_START\n";
        assertTrue(kit.contains(jump));
        return Assembler.assemble("exercises/stubs/halting-reset.asm", kit.replace(jump, "    hlt\n"));
    }

    @BeforeAll
    static void registerTheStub() {
        ResetStubPlugins.register(STUB, LabResetStubListingTest::haltingStub);
    }

    @Test
    void theLabsStubIsListedWithItsOwnNextLine() {
        Scenario boot = ShippedLabs.load("boot");
        Scenario lab = boot.withKernel(boot.kernel().withResetStub(STUB));
        try (Session session = new Session(lab)) {
            session.runUntil(e -> e.event() instanceof TraceEvent.Halt, "the stub's halt");
            BootListing listing = BootListing.reset(STUB);
            BootViewModel vm = BootViewModel.of(session.snapshot(), null, 0, listing);
            assertEquals(listing, vm.shownListing());
            assertEquals("halting-reset.asm", vm.shownListing().source(), "the file, without its folder");
            assertTrue(vm.shownListing().title().startsWith("halting-reset.asm at FFFFF000"), vm.shownListing().title());
            String next = haltingStub().listing().get(vm.currentLine().orElseThrow()).source().strip();
            assertTrue(vm.where().startsWith("next: halting-reset.asm line"), vm.where());
            assertTrue(vm.where().endsWith(next), vm.where() + " / " + next);
            assertEquals(BootListing.RESET, BootListing.reset(ResetStubPlugins.KIT), "the kit's stub is the kit's listing");
        }
    }

    @Test
    void aStubNobodyRegisteredIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BootListing.reset("nobody's"));
    }
}
