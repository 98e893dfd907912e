package eduscc.kernel.lguest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.machine.Machine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hypercall dispatcher is a plug-in: the launcher serves every INT 0x1F, and runs the ring on
 * every pass of its loop, through the dispatcher the lab chose, and the kit's runs exactly as the
 * host ran before it was one.
 */
class HypercallPluginTest {

    @Test
    void theKitsDispatcherIsAlwaysThereAndCannotBeReplaced() {
        assertSame(HypercallDispatcherFactory.KIT, HypercallPlugins.get("kit"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> HypercallPlugins.register("kit", KitHypercallDispatcher::new));
        assertEquals("'kit' is the kit's own hypercall dispatcher and cannot be replaced", e.getMessage());
        HypercallPlugins.register("zz-test", KitHypercallDispatcher::new);
        e = assertThrows(IllegalArgumentException.class, () -> HypercallPlugins.get("nope"));
        assertEquals("no hypercall plug-in named 'nope'; known: kit, zz-test", e.getMessage());
    }

    /** hello.asm's eight synchronous calls reach the plug-in in order; its last FLUSH_ASYNC finds the ring's one call. */
    @Test
    void aPluggedDispatcherServesEveryHypercallOfTheGuest() {
        List<String> seen = new ArrayList<>();
        HypercallDispatcherFactory recording = () -> new HypercallDispatcher() {
            private final KitHypercallDispatcher kit = new KitHypercallDispatcher();

            @Override
            public void hypercall(HypercallHost host, int call) {
                seen.add(Hypercalls.name(call));
                peekAtTheRing(host);
                kit.hypercall(host, call);
            }

            @Override
            public void runAsync(HypercallHost host) {
                peekAtTheRing(host);
                kit.runAsync(host);
            }

            /** hello.asm queues one call, in slot 0. */
            private void peekAtTheRing(HypercallHost host) {
                if (host.initialized() && host.ringStatus(0) == HypercallHost.SLOT_PENDING) {
                    seen.add("ring: " + Hypercalls.name(host.ringWord(0, 0)));
                }
            }
        };
        long kitCycles;
        try (Machine machine = GuestRun.runGuest(ShippedGuests.image("hello"))) {
            kitCycles = machine.core(0).cycles();
        }
        GuestImage hello = ShippedGuests.image("hello");
        try (Machine machine = GuestRun.run(kernel -> kernel.createGuest(hello.name(), 8, hello, GuestRun.MEMORY,
                GuestObserver.NONE, recording))) {
            assertEquals(List.of("LHCALL_LGUEST_INIT", "LHCALL_NOTIFY", "LHCALL_NOTIFY", "LHCALL_FLUSH_ASYNC",
                "LHCALL_FLUSH_ASYNC", "LHCALL_FLUSH_ASYNC", "LHCALL_FLUSH_ASYNC", "ring: LHCALL_SEND_INTERRUPTS",
                "LHCALL_SHUTDOWN"), seen);
            assertTrue(machine.core(0).consoleText().contains("shut down: power off after 34 exits, 8 hypercalls"));
            assertTrue(machine.core(0).cycles() > kitCycles, "the recording dispatcher's extra ring reads cost cycles");
        }
    }
}
