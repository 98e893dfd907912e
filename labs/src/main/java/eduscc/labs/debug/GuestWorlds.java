package eduscc.labs.debug;

import eduscc.kernel.lguest.HostBookkeeping;
import eduscc.kernel.lguest.SwitcherLayout;
import eduscc.machine.cpu.Core;
import eduscc.machine.scc.Interconnect;
import eduscc.machine.snapshot.MemoryDump;
import java.util.List;

/**
 * A core that hosts a guest, as the debugger's lguest view shows it at one pause (issue 12, "In
 * the debugger"): the host's and the guest's world side by side (the tables and the address space
 * each world runs with), the Switcher's regs page as the last exit left it, and the guest's page
 * table beside its shadow ({@link ShadowedTables}).
 *
 * <p>Every value but the host's bookkeeping ({@link HostBookkeeping}: which shadow is in use, where
 * the Switcher's pages are) is read from simulated memory through the memory view's
 * non-disturbing probe ({@link MemoryDump}: no cycle, no trace, no accessed bit), so stepping back
 * by re-running reaches the same values. The worlds come from the read-only state page, which the Switcher's
 * LGDT and LIDT read (facts C.3: {@code struct lguest_ro_state}); TR is the same selector, 0x28,
 * in both worlds, each in its own GDT.
 *
 * @param core   the core
 * @param host   the host's bookkeeping of this guest
 * @param hostWorld  what the Switcher's way out loads (the host's CR3, GDT, IDT and TSS)
 * @param guestWorld what its way in loads (the shadow directory, the guest's GDT, IDT and TSS)
 * @param regs   struct lguest_regs, 18 words in {@link SwitcherLayout#REGS_FIELDS} order
 * @param tables the guest's page directory in use beside its shadow
 */
public record GuestWorlds(int core, HostBookkeeping host, World hostWorld, World guestWorld, List<Integer> regs,
                          ShadowedTables tables) {
    /** TR in both worlds: GDT entry 5, the kit kernel's TSS and the guest's (SwitcherLayout.GUEST_TSS_INDEX). */
    public static final int TSS_SELECTOR = SwitcherLayout.GUEST_TSS_INDEX << 3;

    public GuestWorlds {
        regs = List.copyOf(regs);
    }

    /**
     * One world's tables and address space.
     *
     * @param cr3      the page directory its CR3 holds (host-physical)
     * @param tssBase  the base of the TSS that TR ({@link #TSS_SELECTOR}) selects in this world's GDT
     */
    public record World(int cr3, int gdtBase, int gdtLimit, int idtBase, int idtLimit, int tssBase) {
    }

    /** Reads core {@code core}'s guest {@code host} at this pause; the machine must be paused. */
    public static GuestWorlds read(Core core, Interconnect chip, HostBookkeeping host) {
        Probe probe = new Probe(core, chip);
        int state = host.stateFrame() - SwitcherLayout.STATE_PAGE;
        int hostGdt = probe.word(state + SwitcherLayout.HOST_GDT_DESC + 2);
        World hostWorld = new World(probe.word(state + SwitcherLayout.HOST_CR3),
            hostGdt, probe.half(state + SwitcherLayout.HOST_GDT_DESC),
            probe.word(state + SwitcherLayout.HOST_IDT_DESC + 2), probe.half(state + SwitcherLayout.HOST_IDT_DESC),
            // The kit's kernel maps its low memory to itself, so its GDT's linear address is physical too.
            probe.descriptorBase(hostGdt + TSS_SELECTOR));
        int guestGdt = probe.word(state + SwitcherLayout.GUEST_GDT_DESC + 2);
        World guestWorld = new World(host.shadowDirectory(),
            guestGdt, probe.half(state + SwitcherLayout.GUEST_GDT_DESC),
            probe.word(state + SwitcherLayout.GUEST_IDT_DESC + 2), probe.half(state + SwitcherLayout.GUEST_IDT_DESC),
            // The guest's GDT lies in the state page, mapped at 0xFFC02000 in both worlds.
            probe.descriptorBase(state + SwitcherLayout.GUEST_GDT + TSS_SELECTOR));
        int regsAt = host.regsFrame() - SwitcherLayout.REGS_PAGE + SwitcherLayout.REGS;
        List<Integer> regs = java.util.Arrays.stream(probe.words(regsAt, SwitcherLayout.REGS_FIELDS.length)).boxed().toList();
        return new GuestWorlds(core.pid(), host, hostWorld, guestWorld, regs, ShadowedTables.read(probe, host));
    }

    /** Field {@code name} of the regs page ("trapnum", "eip", ...). */
    public int reg(String name) {
        for (int i = 0; i < SwitcherLayout.REGS_FIELDS.length; i++) {
            if (SwitcherLayout.REGS_FIELDS[i].equals(name)) {
                return regs.get(i);
            }
        }
        throw new IllegalArgumentException("struct lguest_regs has no field '" + name + "'");
    }

    /**
     * Reads of a core's memory that change nothing (physical addresses through its LUT, as
     * {@link MemoryDump} reads them); an unreadable word reads as 0. A page table comes in one read.
     */
    static final class Probe {
        private final Core core;
        private final Interconnect chip;

        Probe(Core core, Interconnect chip) {
            this.core = core;
            this.chip = chip;
        }

        int word(int physical) {
            return words(physical, 1)[0];
        }

        int half(int physical) {
            return word(physical) & 0xFFFF;
        }

        /** {@code count} little-endian words from {@code physical} on. */
        int[] words(int physical, int count) {
            MemoryDump dump = MemoryDump.read(core, chip, MemoryDump.Space.PHYSICAL, physical, 4 * count);
            int[] words = new int[count];
            for (int i = 0; i < count; i++) {
                int at = 4 * i;
                if (dump.readable(at) && dump.readable(at + 3)) {
                    words[i] = dump.byteAt(at) | dump.byteAt(at + 1) << 8 | dump.byteAt(at + 2) << 16 | dump.byteAt(at + 3) << 24;
                }
            }
            return words;
        }

        /** The base of the segment descriptor at {@code physical} (SDM Vol. 3A §3.4.5). */
        int descriptorBase(int physical) {
            int[] d = words(physical, 2);
            return d[0] >>> 16 | (d[1] & 0xFF) << 16 | d[1] & 0xFF000000;
        }
    }
}
