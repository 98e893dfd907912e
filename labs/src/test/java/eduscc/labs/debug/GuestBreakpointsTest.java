package eduscc.labs.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eduscc.labs.scenario.ScenarioException;
import eduscc.labs.scenario.ScenarioReader;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import org.junit.jupiter.api.Test;

/**
 * Breakpoints on a guest's exits (issue 12): any exit, an exit whose reason begins with the words
 * typed, and a hypercall by number or name; in the panel's text and in a lab file, with errors
 * that name the field.
 */
class GuestBreakpointsTest {
    /** lguest.json's one core and guest, with the breakpoints under test. */
    private static final String LAB = """
        {"name": "guest-breaks", "machine": {"cores": [0]},
         "kernel": {"switch": "software", "paging": true},
         "cores": [{"pid": 0, "tasks": [{"name": "launcher", "priority": 8, "guest": "hello"}]}],
         "breakpoints": [%s]}
        """;

    private static TraceEvent.GuestExit exitAfter(Breakpoints b) {
        try (Session session = new Session(ShippedLabs.load("lguest-fork"))) {
            session.runToBreakpoints(b);
            return (TraceEvent.GuestExit) session.snapshot().lastEvent().event();
        }
    }

    @Test
    void theFirstExitOfEachKindAndTheFirstSetPte() {
        assertEquals("hypercall LHCALL_LGUEST_INIT", exitAfter(Breakpoints.NONE.with(BreakpointText.parse("guestExit", ""))).reason(),
            "any exit: the guest kernel's first act");
        assertEquals("page fault at 0x00110000",
            exitAfter(Breakpoints.NONE.with(BreakpointText.parse("guestExit", "page fault"))).reason(),
            "its first page fault: the GDT's page, not in the shadow yet");
        TraceEvent.GuestExit setPte = exitAfter(Breakpoints.NONE.with(BreakpointText.parse("hypercall", "14")));
        assertEquals("hypercall LHCALL_SET_PTE", setPte.reason());
        assertEquals(setPte, exitAfter(Breakpoints.NONE.with(BreakpointText.parse("guestExit", "hypercall LHCALL_SET_PTE"))),
            "by number and by its reason's words: the same exit");
    }

    @Test
    void thePanelReadsNumbersAndNamesAndSaysWhatItWants() {
        assertEquals("hypercall 14 (LHCALL_SET_PTE)", BreakpointText.parse("hypercall", "set_pte").text());
        assertEquals("hypercall 4 (LHCALL_NEW_PGTABLE)", BreakpointText.parse("hypercall", "0x4").text());
        assertEquals("guest exit: page fault", BreakpointText.parse("guestExit", " page fault ").text());
        assertEquals("guest exit", BreakpointText.parse("guestExit", "").text());
        assertEquals("lguest has no hypercall \"3\"; give a number or one of [LHCALL_FLUSH_ASYNC, LHCALL_LGUEST_INIT,"
            + " LHCALL_SHUTDOWN, LHCALL_NEW_PGTABLE, LHCALL_FLUSH_TLB, LHCALL_LOAD_IDT_ENTRY, LHCALL_SET_STACK, LHCALL_TS,"
            + " LHCALL_SET_CLOCKEVENT, LHCALL_HALT, LHCALL_SET_PTE, LHCALL_SET_PGD, LHCALL_LOAD_TLS, LHCALL_NOTIFY,"
            + " LHCALL_LOAD_GDT_ENTRY, LHCALL_SEND_INTERRUPTS]",
            assertThrows(IllegalArgumentException.class, () -> BreakpointText.parse("hypercall", "3")).getMessage(),
            "lguest numbers no hypercall 3");
        assertEquals("no guest exit's reason begins with \"pagefault\"; a reason begins with one of [hypercall, page fault,"
            + " general protection, interrupt, exception, system call, trap 256], e.g. \"hypercall LHCALL_SET_PTE\";"
            + " empty for any exit",
            assertThrows(IllegalArgumentException.class, () -> BreakpointText.parse("guestExit", "pagefault")).getMessage());
    }

    @Test
    void aLabFilesGuestBreakpointsStopAndTheirErrorsNameTheField() {
        var lab = ScenarioReader.parse("lab.json", LAB.formatted(
            "{\"core\": 0, \"hypercall\": \"LHCALL_NOTIFY\", \"note\": \"the console\"}, {\"guestExit\": \"general\"}"));
        Breakpoints fromLab = Breakpoints.fromLab(lab);
        assertEquals("[core 0 + hypercall 17 (LHCALL_NOTIFY), guest exit: general]",
            fromLab.all().stream().map(DebugBreakpoint::text).toList().toString());
        assertEquals("lab.json: breakpoints[0].hypercall: lguest has no hypercall \"LHCALL_NOPE\"; give a number or one of"
            + " [LHCALL_FLUSH_ASYNC, LHCALL_LGUEST_INIT, LHCALL_SHUTDOWN, LHCALL_NEW_PGTABLE, LHCALL_FLUSH_TLB,"
            + " LHCALL_LOAD_IDT_ENTRY, LHCALL_SET_STACK, LHCALL_TS, LHCALL_SET_CLOCKEVENT, LHCALL_HALT, LHCALL_SET_PTE,"
            + " LHCALL_SET_PGD, LHCALL_LOAD_TLS, LHCALL_NOTIFY, LHCALL_LOAD_GDT_ENTRY, LHCALL_SEND_INTERRUPTS]",
            assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json",
                LAB.formatted("{\"hypercall\": \"LHCALL_NOPE\"}"))).getMessage());
        assertEquals("lab.json: breakpoints[1].guestExit: no guest exit's reason begins with \"pf\"; a reason begins with"
            + " one of [hypercall, page fault, general protection, interrupt, exception, system call, trap 256], e.g."
            + " \"hypercall LHCALL_SET_PTE\"; \"\" stops at any exit",
            assertThrows(ScenarioException.class, () -> ScenarioReader.parse("lab.json",
                LAB.formatted("{\"tick\": 1}, {\"guestExit\": \"pf\"}"))).getMessage());
    }

    @Test
    void aSavedSessionKeepsItsGuestBreakpoints(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("guest.session.json");
        java.util.List<DebugBreakpoint> set = java.util.List.of(new DebugBreakpoint.OnHypercall(14),
            new DebugBreakpoint.OnGuestExit("page fault"));
        new SessionFile("lguest-fork", 0, set).save(file);
        assertEquals(set, SessionFile.read(file).breakpoints());
    }
}
