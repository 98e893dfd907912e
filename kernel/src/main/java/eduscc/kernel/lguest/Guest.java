package eduscc.kernel.lguest;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import java.util.function.Consumer;

/**
 * What the host keeps about one guest (lguest's {@code struct lguest} with its one
 * {@code struct lg_cpu}): its memory, its shadow page tables, where its lguest_data lies, the
 * interrupt table the guest asked for, its ring-1 stack, whether it halted or ended. These are
 * the host's own bookkeeping, plain Java (DESIGN §4); what the processor reads (the regs page,
 * the guest's GDT, IDT and TSS, the shadow tables) is in simulated memory.
 */
final class Guest {
    /** lguest_data not registered yet (LHCALL_LGUEST_INIT has not come). */
    static final int NO_DATA = -1;

    final String name;
    final Core core;
    final Operations ops;
    final GuestMemory memory;
    final SwitcherPages switcher;
    final ShadowPageTables shadow;
    final GuestRegisters regs;
    final GuestVirtual virtual;
    private final Consumer<String> console;
    private final StringBuilder consoleLine = new StringBuilder();
    /** The guest-physical address of struct lguest_data. */
    int lguestData = NO_DATA;
    /** The gates the guest loaded with LHCALL_LOAD_IDT_ENTRY, as it wrote them (low and high word). */
    final int[] idtLow = new int[SwitcherLayout.IDT_ENTRIES];
    final int[] idtHigh = new int[SwitcherLayout.IDT_ENTRIES];
    int stackSegment;
    int stackPointer;
    /** The CR0.TS the guest asked for with LHCALL_TS. */
    boolean taskSwitched;
    boolean halted;
    /** Set when the guest ended: how (its shutdown message, or why lguest killed it). */
    String endReason;
    int exitCode;
    /** Where the last page fault was (CR2 read right after the Switcher came back). */
    int lastPageFault;
    long exits;
    long hypercalls;

    Guest(String name, Core core, GuestMemory memory, SwitcherPages switcher, ShadowPageTables shadow,
          Consumer<String> console) {
        this.name = name;
        this.core = core;
        this.ops = core.ops();
        this.memory = memory;
        this.switcher = switcher;
        this.shadow = shadow;
        this.regs = new GuestRegisters(core.ops());
        this.virtual = new GuestVirtual(memory, shadow);
        this.console = console;
    }

    /** The core's cycle counter, read as the host's clock (no machine operation). */
    long now() {
        return core.cycles();
    }

    boolean ended() {
        return endReason != null;
    }

    /** lguest's kill_guest: the guest stops for good with {@code reason}; the host goes on. */
    void kill(String reason) {
        if (endReason == null) {
            endReason = "killed: " + reason;
            exitCode = -1;
        }
    }

    /** LHCALL_SHUTDOWN: the guest asked to stop. */
    void shutDown(String message, boolean restart) {
        endReason = (restart ? "asked to restart (the kit does not restart guests): " : "shut down: ") + message;
        exitCode = 0;
    }

    /**
     * A byte the guest wrote to the debug port. The host collects a line and prints it on its
     * own console with the guest's name in front, so a reader tells guest from host output.
     */
    void consoleByte(int b) {
        if (b == '\n') {
            flushConsole();
        } else {
            consoleLine.append((char) (b & 0xFF));
        }
    }

    void flushConsole() {
        if (consoleLine.length() > 0) {
            console.accept("[guest " + name + "] " + consoleLine + "\n");
            consoleLine.setLength(0);
        }
    }

    void say(String text) {
        console.accept("[lguest] " + name + ": " + text + "\n");
    }
}
