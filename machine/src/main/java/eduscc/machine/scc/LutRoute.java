package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.chip.MemoryController;
import eduscc.machine.memory.LutEntry;
import eduscc.machine.memory.SparseMemory;
import eduscc.machine.memory.SystemAddress;

/**
 * Where one LUT entry of one core leads, worked out once (facts A.5 translation, A.4 latencies):
 * the {@link Target} kind, the DRAM behind it and the access costs. The real chip decodes a LUT
 * entry on every access; the model decodes it when the entry is first used after a write, because
 * every access a core makes would otherwise classify the same 16 MB slot again.
 *
 * <p>A route remembers the entry it was made from. A LUT write always stores another entry object
 * ({@link LutEntry} is immutable), so {@link CoreRoutes} sees the mismatch on the next access and
 * classifies again.
 */
final class LutRoute {

    private final LutEntry entry;
    private final Target target;
    private final SparseMemory dram;
    private final long slotBase;
    private final int readCycles;
    private final int[] writeCycles = new int[AccessCost.DWORDS_PER_LINE];

    private LutRoute(CoreId requester, LutEntry entry, SparseMemory[] drams) {
        this.entry = entry;
        SystemAddress slotStart = SystemAddress.of(entry, 0);
        this.target = Target.of(requester, slotStart);
        MemoryController mc = MemoryController.at(entry.tile(), entry.subdest());
        this.dram = isDram() ? drams[mc.ordinal()] : null;
        this.slotBase = slotStart.address();
        this.readCycles = AccessCost.cycles(requester, 0, slotStart, target, Access.READ);
        for (int dword = 0; dword < writeCycles.length; dword++) {
            writeCycles[dword] = AccessCost.cycles(requester, dword * 4, slotStart, target, Access.WRITE);
        }
    }

    /** Classifies {@code entry} as seen by {@code requester}; {@code drams} by controller ordinal. */
    static LutRoute classify(CoreId requester, LutEntry entry, SparseMemory[] drams) {
        return new LutRoute(requester, entry, drams);
    }

    /** True while the LUT still holds the entry this route was made from. */
    boolean isFor(LutEntry current) {
        return entry == current;
    }

    Target target() {
        return target;
    }

    /** Private or shared DRAM: the bytes live in {@link #dram()}. */
    boolean isDram() {
        return target == Target.PRIVATE_DRAM || target == Target.SHARED_DRAM;
    }

    /** The store behind a DRAM route; null for every other target. */
    SparseMemory dram() {
        return dram;
    }

    /** The 34-bit address inside the target: the slot's base plus the low 24 physical bits. */
    long addressOf(int physical) {
        return slotBase | (physical & SystemAddress.OFFSET_MASK);
    }

    /** The full system address, for devices and error messages (allocates; not the DRAM path). */
    SystemAddress systemAddress(int physical) {
        return SystemAddress.of(entry, physical);
    }

    /** What {@link AccessCost} charges for this access; only a write's cost depends on the DWORD. */
    int cycles(int physical, Access kind) {
        return kind == Access.READ ? readCycles : writeCycles[AccessCost.dwordInLine(physical)];
    }
}
