package eduscc.visualizer.cpu;

import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Eflags;
import java.util.ArrayList;
import java.util.List;

/**
 * The named bits of a register as the P54C has them: EFLAGS (SDM Vol. 1 §3.4.3), CR0 and CR4
 * (SDM Vol. 3A §2.5, with the SCC's MPE in CR4 bit 11). The masks come from the machine's own
 * {@link Eflags} and {@link ControlBits}, so the view cannot disagree with the CPU model.
 */
public final class BitLayout {
    /** One field: its name, lowest bit and width. */
    record Field(String name, int position, int width) {
        static Field of(String name, int mask) {
            int position = Integer.numberOfTrailingZeros(mask);
            return new Field(name, position, Integer.bitCount(mask));
        }

        int valueIn(int register) {
            return (register >>> position) & ((1 << width) - 1);
        }
    }

    public static final BitLayout EFLAGS = new BitLayout(List.of(
        Field.of("CF", Eflags.CF), Field.of("PF", Eflags.PF), Field.of("AF", Eflags.AF), Field.of("ZF", Eflags.ZF),
        Field.of("SF", Eflags.SF), Field.of("TF", Eflags.TF), Field.of("IF", Eflags.IF), Field.of("DF", Eflags.DF),
        Field.of("OF", Eflags.OF), Field.of("IOPL", Eflags.IOPL), Field.of("NT", Eflags.NT), Field.of("RF", Eflags.RF),
        Field.of("VM", Eflags.VM), Field.of("AC", Eflags.AC), Field.of("ID", Eflags.ID)));

    public static final BitLayout CR0 = new BitLayout(List.of(
        Field.of("PE", ControlBits.CR0_PE), Field.of("MP", ControlBits.CR0_MP), Field.of("EM", ControlBits.CR0_EM),
        Field.of("TS", ControlBits.CR0_TS), Field.of("ET", ControlBits.CR0_ET), Field.of("NE", ControlBits.CR0_NE),
        Field.of("WP", ControlBits.CR0_WP), Field.of("AM", ControlBits.CR0_AM), Field.of("NW", ControlBits.CR0_NW),
        Field.of("CD", ControlBits.CR0_CD), Field.of("PG", ControlBits.CR0_PG)));

    /** The P54C's CR4 has no PAE or PGE (facts D.7); MPE is the SCC's own. */
    public static final BitLayout CR4 = new BitLayout(List.of(
        Field.of("VME", ControlBits.CR4_VME), Field.of("PVI", ControlBits.CR4_PVI),
        Field.of("TSD", ControlBits.CR4_TSD), Field.of("DE", ControlBits.CR4_DE), Field.of("PSE", ControlBits.CR4_PSE),
        Field.of("MCE", ControlBits.CR4_MCE),
        Field.of("MPE", ControlBits.CR4_MPE)));

    private final List<Field> fields;

    private BitLayout(List<Field> fields) {
        this.fields = fields;
    }

    /**
     * The fields of {@code register}, lowest bit first.
     *
     * @param before the register at the previous snapshot, or null when there is none
     */
    public List<FlagCell> decode(int register, Integer before) {
        List<FlagCell> cells = new ArrayList<>();
        for (Field f : fields) {
            int value = f.valueIn(register);
            boolean changed = before != null && f.valueIn(before) != value;
            cells.add(new FlagCell(f.name(), f.position(), f.width(), value, changed));
        }
        return cells;
    }
}
