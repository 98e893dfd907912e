package eduscc.visualizer.lguest;

import eduscc.kernel.lguest.Hypercalls;
import eduscc.kernel.lguest.SwitcherLayout;
import eduscc.labs.debug.GuestWorlds;
import eduscc.machine.cpu.Vector;
import eduscc.machine.snapshot.CoreSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * What the two-worlds pane shows (each value in lines of at most 15 characters, so that both
 * columns fit side by side at a projector's scale) for one hosting core at one pause (issue 12, "a two-worlds
 * view"): the host's and the guest's GDTR, IDTR, TR and CR3 side by side, as the Switcher's
 * state page holds them for its LGDT, LIDT, LTR and MOV CR3 (facts C.3); which world the core
 * is in now (its IDTR base says: the guest's IDT lies in the state page, see {@link GuestPlace});
 * each value the core's register holds now marked, so the Switcher's way in and out show one
 * register at a time changing world; and the regs page as the last exit left it.
 *
 * @param header "core 0, guest eduscc: the core is in the guest's world (IDTR.base = 0xFFC02088, the guest's IDT)"
 * @param rows   GDTR, IDTR, TR, CR3
 * @param liveWorld which world the core is in: HOST or GUEST
 * @param trap   "trapnum 14 (#PF), errcode 0x00000002 (not present, write, ring 0-2)"
 * @param regs   the other 16 fields of struct lguest_regs, "eax 0x00000000", in the struct's order
 */
public record WorldsViewModel(String header, List<Row> rows, World liveWorld, String trap, List<String> regs) {
    /** The two columns. */
    public enum World { HOST, GUEST }

    public WorldsViewModel {
        rows = List.copyOf(rows);
        regs = List.copyOf(regs);
    }

    /**
     * One register in both worlds.
     *
     * @param hostLive  whether the core's register holds the host's value now
     * @param guestLive ... the guest's
     */
    public record Row(String register, String host, String guest, boolean hostLive, boolean guestLive) {
    }

    public static WorldsViewModel of(GuestWorlds worlds, CoreSnapshot core) {
        GuestWorlds.World h = worlds.hostWorld();
        GuestWorlds.World g = worlds.guestWorld();
        int tr = core.tr().selector();
        int trBase = core.tr().base();
        List<Row> rows = List.of(
            row("GDTR", table(h.gdtBase(), h.gdtLimit()), table(g.gdtBase(), g.gdtLimit()),
                core.gdtrBase() == h.gdtBase(), core.gdtrBase() == g.gdtBase()),
            row("IDTR", table(h.idtBase(), h.idtLimit()), table(g.idtBase(), g.idtLimit()),
                core.idtrBase() == h.idtBase(), core.idtrBase() == g.idtBase()),
            row("TR", tss(h.tssBase()), tss(g.tssBase()),
                tr == GuestWorlds.TSS_SELECTOR && trBase == h.tssBase(), tr == GuestWorlds.TSS_SELECTOR && trBase == g.tssBase()),
            row("CR3", String.format("0x%08X\nthe host's\ndirectory", h.cr3()),
                String.format("0x%08X\nshadow of guest\nCR3 0x%08X", g.cr3(), worlds.host().guestDirectory()),
                core.cr3() == h.cr3(), core.cr3() == g.cr3()));
        World live = core.idtrBase() == g.idtBase() ? World.GUEST : World.HOST;
        String header = String.format("core %d, guest %s: the core is in the %s world now (IDTR.base = 0x%08X, the %s IDT)%s",
            core.pid(), worlds.host().guest(), live == World.GUEST ? "guest's" : "host's", core.idtrBase(),
            live == World.GUEST ? "guest's" : "host's",
            GuestPlace.of(core) == GuestPlace.SWITCHER ? "; in the Switcher: the marked values are the registers that hold them" : "");
        return new WorldsViewModel(header, rows, live, trap(worlds), regs(worlds));
    }

    private static Row row(String register, String host, String guest, boolean hostLive, boolean guestLive) {
        return new Row(register, host, guest, hostLive, guestLive);
    }

    private static String table(int base, int limit) {
        return String.format("0x%08X\nlimit 0x%04X\n%d entries", base, limit, (limit + 1) / 8);
    }

    private static String tss(int base) {
        return String.format("0x%04X\nTSS 0x%08X", GuestWorlds.TSS_SELECTOR, base);
    }

    /** trapnum and errcode in words: what the launcher's trap handler reads first. */
    static String trap(GuestWorlds worlds) {
        int trapnum = worlds.reg("trapnum");
        int errcode = worlds.reg("errcode");
        String what;
        if (trapnum == SwitcherLayout.NO_TRAP) {
            what = "256: set before the guest was entered; no trap on this trip yet";
        } else if (trapnum == Hypercalls.TRAP_ENTRY) {
            what = trapnum + " (hypercall " + Hypercalls.name(worlds.reg("eax")) + ")";
        } else if (trapnum < 32) {
            what = trapnum + " (" + Vector.name(trapnum) + ")";
        } else {
            what = trapnum + " (interrupt)";
        }
        String code = String.format("errcode 0x%08X", errcode);
        if (trapnum == Vector.PF) {
            code += String.format(" (%s, %s, %s)", (errcode & 1) != 0 ? "protection" : "not present",
                (errcode & 2) != 0 ? "write" : "read", (errcode & 4) != 0 ? "ring 3" : "ring 0-2");
        }
        return "trapnum " + what + ", " + code;
    }

    private static List<String> regs(GuestWorlds worlds) {
        List<String> regs = new ArrayList<>();
        for (String field : SwitcherLayout.REGS_FIELDS) {
            if (!field.equals("trapnum") && !field.equals("errcode")) {
                regs.add(String.format("%-6s 0x%08X", field, worlds.reg(field)));
            }
        }
        return regs;
    }
}
