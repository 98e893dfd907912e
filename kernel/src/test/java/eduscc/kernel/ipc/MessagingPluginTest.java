package eduscc.kernel.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Send and receive are the lab's plug-in; the port it gets reaches the shares and nothing else. */
class MessagingPluginTest {
    private static final long LIMIT = 400_000_000L;

    @Test
    void theKernelsRcceSendsAndReceivesThroughThePluginItWasGiven() {
        List<String> calls = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        MessagePassingFactory logging = port -> {
            MessagePassing kit = MessagePassingFactory.KIT.create(port);
            return new MessagePassing() {
                @Override
                public void send(int buffer, int size, int dest) {
                    calls.add("core rank " + port.ue() + " send " + size + " to " + dest);
                    refused.add(assertThrows(IllegalArgumentException.class,
                        () -> port.writeMpb(MessagingMappings.share(5), 1)).getMessage());
                    kit.send(buffer, size, dest);
                }

                @Override
                public void recv(int buffer, int size, int source) {
                    calls.add("core rank " + port.ue() + " recv " + size + " from " + source);
                    kit.recv(buffer, size, source);
                }
            };
        };
        List<TraceEvent> messages = new ArrayList<>();
        KernelConfig config = new KernelConfig(100, 0, true, false, true).withMessaging(List.of(0, 47));
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0), CoreId.of(47)), MachineConfig.DEFAULT, core -> {
            Kernel kernel = new Kernel(core, config, k -> k.scheduler().create("rcce", Priority.NORMAL, () -> {
                if (k.pid() == 0) {
                    k.rcce().send(0x00300000, 100, 47);
                } else {
                    k.rcce().recv(0x00300000, 100, 0);
                }
            }));
            kernel.setMessagePassing(logging);
            return kernel::boot;
        })) {
            machine.run(LIMIT);
            machine.trace().entries().forEach(e -> {
                if (e.event() instanceof TraceEvent.MessageSent || e.event() instanceof TraceEvent.MessageReceived) {
                    messages.add(e.event());
                }
            });
        }
        assertEquals(List.of("core rank 0 send 100 to 47", "core rank 1 recv 100 from 0"), calls.stream().sorted().toList());
        assertEquals(2, messages.size(), "Rcce records the message once the plug-in returns: " + messages);
        assertEquals(List.of("0xC000A000 is not a doubleword in a share of the cores that take part (core 0's share"
            + " begins at 0xC0000000, each is 0x2000 bytes)"), refused);
    }

    @Test
    void theKitsPluginIsAlwaysThereAndCannotBeReplaced() {
        assertEquals("kit", MessagingPlugins.names().get(0));
        assertThrows(IllegalArgumentException.class, () -> MessagingPlugins.register("kit", MessagePassingFactory.KIT));
        assertEquals("no messaging plug-in named 'fancy'; known: " + String.join(", ", MessagingPlugins.names()),
            assertThrows(IllegalArgumentException.class, () -> MessagingPlugins.get("fancy")).getMessage());
    }
}
