package eduscc.exercises.resetstub;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.tables.SegmentDescriptor;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The checks of the state a reset stub leaves the core in when it hands over to the kernel (SDM
 * Vol. 3A §9.9.1 for the switch to protected mode, the Multiboot specification §3.2 for the hand
 * over). All look at the one run of the stub ({@link StubRun}); each looks at its own part of the
 * state, so that one mistake costs the points of the part it gets wrong. A stub that never reaches
 * the kernel is looked at where it stopped. Every check ends with how the run ended, which is not
 * judged but says where the replay of a failed check stops ({@link StubReplays}).
 */
final class StubChecks {
    private StubChecks() {
    }

    static List<ObservedCheck> all(Supplier<StubRun> run) {
        return List.of(
            new ObservedCheck("the core runs from the reset vector into the kernel's entry, with no fault on the way", 25,
                o -> o.see(StubReplays.ENDED, run.get().ended()), new StubReplays(false)),
            check("protected mode: CR0.PE is set and GDTR holds the null, code and data descriptors", 15, run,
                o -> protectedMode(o, run.get())),
            check("CS: selector 0x08, a flat 4 GiB, 32-bit, readable ring-0 code segment", 20, run,
                o -> segment(o, run.get().segments().get(0))),
            check("DS, ES, FS, GS and SS: selector 0x10, flat 4 GiB, writable ring-0 data segments", 15, run,
                o -> run.get().segments().subList(1, 6).forEach(s -> segment(o, s))),
            check("ESP: the kernel's first stack, 0x00090000", 5, run,
                o -> o.see("ESP when the stub handed over", hex(run.get().esp()))),
            check("EAX: the Multiboot magic 0x2BADB002 that tells the kernel a Multiboot loader started it", 10, run,
                o -> o.see("EAX when the stub handed over", hex(run.get().eax()))),
            check("EBX: the address of the Multiboot information, 0x00009000", 10, run,
                o -> o.see("EBX when the stub handed over", hex(run.get().ebx()))));
    }

    /** A check of part of the state, which then records how the run ended, for its replay alone. */
    private static ObservedCheck check(String name, int points, Supplier<StubRun> run, Consumer<Observer> part) {
        return new ObservedCheck(name, points, o -> {
            part.accept(o);
            o.see(StubReplays.ENDED, run.get().ended());
        }, new StubReplays(true));
    }

    /** CR0.PE, then GDTR and the three entries it points at, decoded as the processor decodes them. */
    private static void protectedMode(Observer o, StubRun run) {
        o.see("CR0.PE when the stub handed over", (run.cr0() & ControlBits.CR0_PE) != 0 ? "set"
            : "clear: the core is still in real mode");
        o.see("GDTR.limit (the offset of the GDT's last byte)", String.format("0x%04X", run.gdtrLimit()));
        for (int i = 0; i < run.gdt().size(); i++) {
            Long entry = run.gdt().get(i);
            o.see(String.format("GDT entry %d (selector 0x%02X), read from memory at GDTR.base + %d", i, 8 * i, 8 * i), entry == null ? "not there: beyond GDTR.limit or outside the core's memory"
                : entry == 0 ? "null" : inMemory(SegmentDescriptor.decode(entry)));
        }
    }

    /** What a GDT entry in memory describes: its kind, extent and size (the R/W bits are CS's and DS's checks). */
    private static String inMemory(SegmentDescriptor d) {
        String kind = !d.s() ? "system type 0x" + Integer.toHexString(d.type()) : d.isCode() ? "code" : "data";
        return String.format("%s base 0x%08X limit 0x%08X %s ring %d%s", kind, d.base(), d.effectiveLimit(),
            d.defaultBig() ? "32-bit" : "16-bit", d.dpl(), d.present() ? "" : " not present");
    }

    /** A segment register: its selector and what the processor cached (the accessed bit left out: the CPU sets it). */
    private static void segment(Observer o, StubRun.Segment s) {
        o.see(s.name() + ": its selector", String.format("0x%04X", s.selector()));
        o.see(s.name() + ": the descriptor the processor cached", String.format("base 0x%08X limit 0x%08X %s %s",
            s.base(), s.limit(), s.big() ? "32-bit (D/B=1)" : "16-bit (D/B=0)", kind(s.access())));
    }

    /** The type and ring of a cached access byte (SDM Vol. 3A §3.4.5.1). */
    static String kind(int access) {
        int type = access & 0xF;
        boolean present = (access & 0x80) != 0;
        String ring = " ring " + (access >>> 5 & 3) + (present ? "" : ", not present");
        if ((access & 0x10) == 0) {
            return "system type 0x" + Integer.toHexString(type) + ring;
        }
        if ((type & 0x8) != 0) {
            return "code, " + ((type & 0x2) != 0 ? "readable" : "execute-only") + ((type & 0x4) != 0 ? ", conforming" : "")
                + ring;
        }
        return "data, " + ((type & 0x2) != 0 ? "writable" : "read-only") + ((type & 0x4) != 0 ? ", expand-down" : "")
            + ring;
    }

    private static String hex(int value) {
        return String.format("0x%08X", value);
    }
}
