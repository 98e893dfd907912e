package eduscc.machine.boot;

import eduscc.machine.chip.CoreId;
import eduscc.machine.memory.LutEntry;
import eduscc.machine.scc.ConfigRegisters;
import eduscc.machine.scc.Interconnect;
import java.util.Map;

/**
 * The kit's sccBoot (facts A.8): the host preloads the memory images into DRAM and the LUT
 * contents into each core's LUT, all while the cores are still held in reset.
 */
public final class Loader {
    private Loader() {
    }

    public static void load(BootImage image, Interconnect chip) {
        for (BootImage.DramWrite w : image.writes()) {
            byte[] bytes = w.bytes();
            chip.dram(w.controller()).writeBytes(w.dramAddress(), bytes, 0, bytes.length);
        }
        for (Map.Entry<Integer, LutEntry[]> e : image.luts().entrySet()) {
            CoreId core = CoreId.of(e.getKey());
            ConfigRegisters crb = chip.crb(core.tile());
            LutEntry[] lut = e.getValue();
            for (int index = 0; index < lut.length; index++) {
                crb.setLut(core.z(), index, lut[index]);
            }
        }
    }
}
