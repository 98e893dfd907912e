package eduscc.visualizer.memory;

import eduscc.kernel.arch.SccAddresses;
import eduscc.machine.cpu.Registers;
import eduscc.machine.snapshot.CoreSnapshot;
import eduscc.machine.snapshot.MemoryDump;
import java.util.ArrayList;
import java.util.List;

/**
 * An address worth a "go to" button: where a core's tables, stack and code are now, read from
 * its registers (the GDT at GDTR's base, the TSS at TR's hidden base, the stack at SS's base plus
 * ESP), and the tile's message-passing buffer under the default LUT map.
 *
 * @param name    the button's word, also accepted in the address field ("esp", "gdt")
 * @param space   the address space {@code address} is in
 * @param address the first byte
 */
public record Landmark(String name, MemoryDump.Space space, int address) {

    /** The landmarks of {@code core} now; a table not loaded yet (reset value) is left out. */
    public static List<Landmark> of(CoreSnapshot core) {
        List<Landmark> marks = new ArrayList<>();
        if (core.gdtrBase() != 0 || core.gdtrLimit() != 0xFFFF) {
            marks.add(new Landmark("GDT", MemoryDump.Space.LINEAR, core.gdtrBase()));
        }
        if (core.idtrBase() != 0 || core.idtrLimit() != 0xFFFF) {
            marks.add(new Landmark("IDT", MemoryDump.Space.LINEAR, core.idtrBase()));
        }
        if ((core.tr().selector() & ~3) != 0) {
            marks.add(new Landmark("TSS", MemoryDump.Space.LINEAR, core.tr().base()));
        }
        marks.add(new Landmark("ESP", MemoryDump.Space.LINEAR,
            core.segment(Registers.SS).base() + core.register(Registers.ESP)));
        marks.add(new Landmark("EIP", MemoryDump.Space.LINEAR, core.segment(Registers.CS).base() + core.eip()));
        if ((core.cr0() & 0x80000000) != 0) {
            marks.add(new Landmark("CR3", MemoryDump.Space.PHYSICAL, core.cr3() & ~0xFFF));
        }
        marks.add(new Landmark("MPB", MemoryDump.Space.PHYSICAL, SccAddresses.MPB_OWN));
        return marks;
    }
}
