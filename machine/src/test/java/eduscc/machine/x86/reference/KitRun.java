package eduscc.machine.x86.reference;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreStopped;
import eduscc.machine.cpu.Pacer;
import eduscc.machine.trace.Trace;
import eduscc.machine.x86.Interpreter;
import java.io.ByteArrayOutputStream;

/**
 * Runs a BIOS image on one of the kit's cores in-process, from the reset vector (SDM Vol. 3A
 * §9.1.4 "First Instruction Executed"), until it halts, shuts down or runs out of instructions,
 * and keeps what it wrote to the debug port 0xE9: the same bytes QEMU's isa-debugcon records.
 */
final class KitRun {
    /** What the image printed, and why the core stopped. */
    record Outcome(byte[] debugPort, String stopReason) { }

    private KitRun() {
    }

    static Outcome run(byte[] image, long maxInstructions) {
        Core core = new Core(0, new PcBoardMemory(image), 30, new Trace());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        core.setInstructionSet(new Interpreter());
        core.setPacer(new Budget(maxInstructions));
        core.releaseFromReset(0);
        String reason;
        try {
            core.runFromReset();
            reason = "returned";
        } catch (CoreStopped stopped) {
            reason = stopped.getMessage();
        }
        for (char c : core.consoleText().toCharArray()) {
            out.write(c);
        }
        return new Outcome(out.toByteArray(), reason);
    }

    /** A lone core with an instruction budget, so a looping program ends the run instead of hanging it. */
    private static final class Budget implements Pacer {
        private long remaining;

        Budget(long instructions) {
            this.remaining = instructions;
        }

        @Override
        public void awaitTurn(Core core) {
        }

        @Override
        public void boundary(Core core) {
            if (--remaining < 0) {
                throw new CoreStopped(core.pid(), "instruction budget spent");
            }
        }

        @Override
        public void halt(Core core) {
            throw new CoreStopped(core.pid(), "halted");
        }

        @Override
        public void transfer(Core core, long parkedAt) {
        }
    }
}
