package eduscc.exercises.apictimer;

import eduscc.exercises.descriptors.CheckBoot;
import eduscc.kernel.arch.ApicTimerSetup;
import eduscc.kernel.boot.SccBoot;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.LocalApic;
import eduscc.machine.time.Clocks;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The set-up under test alone on a core: core 0 of the SCC released from reset, through the kit's
 * real-mode stub into protected mode, where the kernel entry makes the set-up and calls it, exactly
 * as the kernel's {@code Apic.start} does, then halts with interrupts off. What the check looks at
 * is the local APIC afterwards: its registers as the core would read them back (reserved bits
 * read as 0, SDM Vol. 3A §10.4.1), read here without charging the core.
 *
 * @param registers the APIC's registers after the set-up, by offset
 * @param divisor   what the divide configuration selects
 * @param failure   the first panic, hang or triple fault of the run, or "none"
 */
record SetupRun(Map<Integer, Integer> registers, int divisor, String failure) {
    /** Ten million cycles: the set-up takes a few hundred after the stub's million. */
    private static final long UNTIL_CYCLES = 10_000_000L;
    /** The registers the set-up writes, in the contract's order. */
    static final List<Integer> WRITTEN = List.of(LocalApic.SVR, LocalApic.TPR, LocalApic.LVT_LINT0, LocalApic.LVT_LINT1,
        LocalApic.LVT_ERROR, LocalApic.TIMER_DIVIDE, LocalApic.LVT_TIMER, LocalApic.TIMER_INITIAL);

    /**
     * Runs the set-up at {@code timerFreq} Hz.
     *
     * @throws RuntimeException whatever the code under test threw, so that the check ends with it
     */
    static SetupRun of(Supplier<ApicTimerSetup> setups, int timerFreq) {
        Throwable[] thrown = new Throwable[1];
        try (Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, core -> () -> {
            try {
                setups.get().start(core.ops(), timerFreq);
            } catch (RuntimeException | Error e) {
                thrown[0] = e;
            }
            core.ops().cli();
            core.ops().hlt();
        })) {
            machine.run(UNTIL_CYCLES * Clocks.TILE_533_UNITS);
            if (thrown[0] instanceof RuntimeException e) {
                throw e;
            }
            if (thrown[0] instanceof Error e) {
                throw e;
            }
            Core core = machine.core(0);
            Map<Integer, Integer> registers = new TreeMap<>();
            for (int offset : WRITTEN) {
                registers.put(offset, core.apic().read(offset, core.cycles()));
            }
            return new SetupRun(registers, core.apic().divisor(), CheckBoot.firstFailure(machine));
        }
    }

    int register(int offset) {
        return registers.get(offset);
    }
}
