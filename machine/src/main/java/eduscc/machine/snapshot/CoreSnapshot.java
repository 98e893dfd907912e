package eduscc.machine.snapshot;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.cpu.Registers;
import eduscc.machine.cpu.SystemInstructions;
import eduscc.machine.scc.Interconnect;
import java.util.ArrayList;
import java.util.List;

/**
 * One core's architectural state at a pause, copied so that the GUI can read it while the
 * simulation goes on (DESIGN §5: the engine publishes immutable snapshots).
 */
public record CoreSnapshot(
    int pid,
    CoreState state,
    String mode,
    int cpl,
    List<Integer> generalRegisters,
    int eip,
    int eflags,
    int cr0,
    int cr2,
    int cr3,
    int cr4,
    List<SegmentSnapshot> segments,
    int gdtrBase,
    int gdtrLimit,
    int idtrBase,
    int idtrLimit,
    SegmentSnapshot ldtr,
    SegmentSnapshot tr,
    long cycles,
    long time,
    String task,
    String console,
    TablesSnapshot tables,
    CacheSnapshot caches) {

    public CoreSnapshot {
        generalRegisters = List.copyOf(generalRegisters);
        segments = List.copyOf(segments);
    }

    /**
     * Reads a core's registers but not its tables, which need the chip to be read through
     * ({@link #of(Core, Interconnect)}); {@link #tables()} then says so.
     */
    public static CoreSnapshot of(Core core) {
        return build(core, TablesSnapshot.notRead("not read: the snapshot was taken without the chip"));
    }

    /**
     * Reads a core with its GDT, IDT and TSS bytes; call it only while the engine is paused (no
     * context running). Reading changes nothing in the machine (see {@link TablesSnapshot}).
     */
    public static CoreSnapshot of(Core core, Interconnect chip) {
        return build(core, TablesSnapshot.read(core, chip));
    }

    private static CoreSnapshot build(Core core, TablesSnapshot tables) {
        Registers r = core.regs();
        List<Integer> gprs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            gprs.add(r.get(i));
        }
        List<SegmentSnapshot> segments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            segments.add(SegmentSnapshot.of(r.segment(i)));
        }
        return new CoreSnapshot(core.pid(), core.state(), SystemInstructions.modeName(r.cr0), r.cpl(), gprs, r.eip,
            r.eflags, r.cr0, r.cr2, r.cr3, r.cr4, segments, r.gdtrBase, r.gdtrLimit, r.idtrBase, r.idtrLimit,
            SegmentSnapshot.of(r.ldtr), SegmentSnapshot.of(r.tr), core.cycles(), core.time(),
            core.taskLabel() == null ? "" : core.taskLabel(), core.consoleText(), tables,
            CacheSnapshot.of(core.memory().caches()));
    }

    public int register(int index) {
        return generalRegisters.get(index);
    }

    public SegmentSnapshot segment(int index) {
        return segments.get(index);
    }
}
