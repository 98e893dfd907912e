package eduscc.machine.boot;

import eduscc.machine.chip.CoreId;
import eduscc.machine.scc.ConfigRegisters;
import eduscc.machine.scc.Interconnect;
import java.util.List;

/**
 * The kit's sccReset (facts A.6, A.8): {@code -g} puts every core into reset and the register
 * banks to their defaults; {@code -r} releases chosen cores by clearing their RESC and RESL2
 * bits in their tile's GCBCFG, the way Barrelfish's rck_start_core does.
 */
public final class ResetControl {
    private ResetControl() {
    }

    /** sccReset -g. */
    public static void globalReset(Interconnect chip) {
        chip.resetAll();
    }

    /** sccReset -r: the cores start, in pid order, when their reset bits clear. */
    public static void release(Interconnect chip, List<CoreId> cores) {
        cores.stream().sorted((a, b) -> Integer.compare(a.pid(), b.pid())).forEach(core -> release(chip, core));
    }

    private static void release(Interconnect chip, CoreId core) {
        ConfigRegisters crb = chip.crb(core.tile());
        int bits = (ConfigRegisters.GCBCFG_RESC0 | ConfigRegisters.GCBCFG_RESL20) << core.z();
        // The host reaches GCBCFG over the system interface; who writes it does not matter to the
        // register, so the write is made in the name of the core being released.
        crb.write32(core, ConfigRegisters.GCBCFG, crb.gcbcfg() & ~bits);
    }
}
