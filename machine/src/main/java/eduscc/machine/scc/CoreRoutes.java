package eduscc.machine.scc;

import eduscc.machine.chip.CoreId;
import eduscc.machine.memory.DefaultLutMap;
import eduscc.machine.memory.Lut;
import eduscc.machine.memory.LutEntry;
import eduscc.machine.memory.SparseMemory;

/**
 * One core's LUT (facts A.5) with each entry's {@link LutRoute} beside it, so an access looks up
 * its slot's target instead of classifying it. The CRB keeps the same {@link Lut} object for the
 * chip's whole life (a reset reloads its entries), so this table may hold on to it.
 */
final class CoreRoutes {

    private final CoreId requester;
    private final Lut lut;
    private final SparseMemory[] drams;
    private final LutRoute[] routes = new LutRoute[DefaultLutMap.ENTRIES];

    CoreRoutes(CoreId requester, Lut lut, SparseMemory[] drams) {
        this.requester = requester;
        this.lut = lut;
        this.drams = drams;
    }

    /**
     * The route of the LUT entry that {@code physical} uses, or null when that entry is unmapped.
     * An entry written since its route was made is classified again here.
     */
    LutRoute of(int physical) {
        int index = Lut.indexOf(physical);
        LutEntry entry = lut.get(index);
        if (entry == null) {
            return null;
        }
        LutRoute route = routes[index];
        if (route == null || !route.isFor(entry)) {
            route = LutRoute.classify(requester, entry, drams);
            routes[index] = route;
        }
        return route;
    }

    /**
     * The live frame of private DRAM behind {@code physical}, or null: another target, an
     * unmapped entry, or a page never written.
     */
    LutFrame frameOf(int physical) {
        LutRoute route = of(physical);
        if (route == null || route.target() != Target.PRIVATE_DRAM) {
            return null;
        }
        long address = route.addressOf(physical);
        byte[] page = route.dram().existingPage(address);
        if (page == null) {
            return null;
        }
        int index = Lut.indexOf(physical);
        return new LutFrame(lut, index, lut.get(index), route.dram(), address, page);
    }
}
