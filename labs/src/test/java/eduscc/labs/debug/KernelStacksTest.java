package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.labs.run.BootedLab;
import eduscc.labs.run.LabRunner;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.Machine;
import org.junit.jupiter.api.Test;

/**
 * The debugger's cache of kernel lines must never show a line the core has left. A core spinning
 * on a flag in another core's MPB gives its turn away inside the read (it waits for its turn at
 * the mesh) without its clock moving: at the same time it stands first on CL1INVMB's line, then
 * on the read's.
 */
class KernelStacksTest {
    @Test
    void aCoreThatWaitsForItsTurnInsideAnOperationShowsThatOperationsLine() {
        KernelStacks stacks = new KernelStacks();
        try (BootedLab lab = LabRunner.boot(ShippedLabs.load("barrier-48"), ReadyQueueFactory.KIT)) {
            Machine m = lab.machine();
            for (long position = 920_676; position <= 920_690; position++) {
                m.runToBoundary(position, Long.MAX_VALUE);
                assertEquals(SourceLine.kernelFrames(m.javaStack(47)), stacks.of(m, 47), "position " + position);
            }
        }
    }
}
