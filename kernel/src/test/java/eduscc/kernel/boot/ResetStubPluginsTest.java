package eduscc.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.x86.asm.Assembler;
import org.junit.jupiter.api.Test;

/** The reset stubs a lab may name: the kit's is today's reset.asm, byte for byte. */
class ResetStubPluginsTest {

    @Test
    void theKitsStubIsTheAssemblyEveryBootLoads() {
        assertSame(KernelImage.resetStub(), ResetStubPlugins.get("kit").get());
        assertArrayEquals(Assembler.assemble(KernelImage.RESET_SOURCE, KernelImage.source(KernelImage.RESET_SOURCE)).bytes(),
            ResetStubPlugins.image(ResetStubPlugins.KIT));
        assertEquals(4096, ResetStubPlugins.image("kit").length);
    }

    @Test
    void anUnknownNameListsTheRegisteredOnesAndKitCannotBeReplaced() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResetStubPlugins.image("nope"));
        assertTrue(e.getMessage().startsWith("no reset-stub plug-in named 'nope'; known: "), e.getMessage());
        assertTrue(ResetStubPlugins.names().contains("kit"));
        assertThrows(IllegalArgumentException.class, () -> ResetStubPlugins.register("kit", KernelImage::resetStub));
    }
}
