package eduscc.visualizer.mpb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.DebugSnapshot;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.mesh.MeshViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MPB view's content on the corner-messages lab, without a window: decoded flags, changed bytes, waits. */
class MpbViewModelTest {

    private static MpbViewModel model(Session session, int core) {
        DebugSnapshot now = session.snapshot();
        return MpbViewModel.of(now, now.previousStep(), core);
    }

    /** The row of {@code name} in a share's text, e.g. "sent[0]". */
    private static String row(ShareText share, String name) {
        for (String line : share.text().split("\n")) {
            if (line.substring(8).startsWith(name + " ")) {
                return line;
            }
        }
        throw new AssertionError("no row " + name + " in\n" + share.text());
    }

    /** The marked pieces of the text with the style {@code style}, in order. */
    private static List<String> marked(ShareText share, String style) {
        List<String> pieces = new ArrayList<>();
        for (ShareText.Mark m : share.marks()) {
            if (m.style().equals(style)) {
                pieces.add(share.text().substring(m.start(), m.end()));
            }
        }
        return pieces;
    }

    @Test
    void theLinesOfAShareFollowRccesLayoutForTwoCores() {
        List<ShareLine> lines = ShareLine.of(List.of(0, 47));
        assertEquals(List.of("fooling line@0x0", "sent[0]@0x20", "sent[47]@0x40", "ready[0]@0x60", "ready[47]@0x80",
                "gather@0xa0", "release@0xc0", "mail[0]@0xe0", "mail[47]@0x100", "payload@0x120"),
            lines.stream().map(l -> l.name() + "@0x" + Integer.toHexString(l.offset())).toList());
        assertEquals("7904 bytes: one chunk of a message", lines.get(lines.size() - 1).meaning());
        assertEquals("sent[47]", ShareLine.at(lines, 0x5F).name(), "the last byte of the line at 0x40");
        assertEquals("payload", ShareLine.at(lines, 0x1FFF).name());
    }

    @Test
    void theSentFlagReadsSetInCore47sShareTheStepCore0DrainsItsBuffer() {
        try (Session session = new Session(CornerMessages.lab())) {
            session.runUntil(CornerMessages.SENT_FLAG_ARRIVES, "core 0's sent flag reaching core 47's MPB");
            MpbViewModel m = model(session, 47);
            assertEquals("MPB of tile (5,3): the shares of cores 46 and 47", m.title());
            assertNull(m.half(46).share(), "core 46 does not message");
            ShareText share = m.half(47).share();
            assertTrue(row(share, "sent[0]").startsWith("+0x020  sent[0]       SET (1) "), row(share, "sent[0]"));
            assertEquals(List.of("SET (1)"), marked(share, "changed"), "only the flag changed, and it is marked");
            assertEquals(1, share.changedBytes(), "01 00 00 00 over 00 00 00 00: one byte");
            assertTrue(m.half(47).heading().endsWith("1 byte changed since the last step (marked)"), m.half(47).heading());
            assertTrue(row(share, "ready[0]").startsWith("+0x060  ready[0]      UNSET (0)"));
            assertEquals("core 0 to send (sent flag)", m.waitOf(47).waitingFor(),
                "core 47 has not looked again yet: it still spins");
            assertEquals("fooling line of core 0's share, 4 bytes (01 00 00 00): not in the MPB yet",
                m.waitOf(0).pending(), "the store to the fooling line drained the flag; that store now waits there");
        }
    }

    @Test
    void oneStepEarlierTheFlagIsStillInCore0sWriteCombineBuffer() {
        try (Session session = new Session(CornerMessages.lab())) {
            session.runUntil(CornerMessages.SENT_FLAG_ARRIVES, "core 0's sent flag reaching core 47's MPB");
            session.stepBack();
            MpbViewModel m = model(session, 47);
            ShareText share = m.half(47).share();
            assertTrue(row(share, "sent[0]").startsWith("+0x020  sent[0]       UNSET (0) "), row(share, "sent[0]"));
            assertTrue(row(share, "sent[0]").contains("UNSET (0)  [still in core 0's write-combine buffer]  core 0 has put"),
                row(share, "sent[0]") + " " + m.waits() + " at " + session.snapshot().position());
            assertEquals(List.of("+0x020 "), marked(share, "pending"));
            assertEquals("sent[0] of core 47's share, 32 bytes (01 00 00 00 ...): not in the MPB yet",
                m.waitOf(0).pending(), "RCCE writes a flag as a whole line");
            assertEquals("empty", m.waitOf(47).pending());
        }
    }

    @Test
    void theMessagesBytesAreMarkedTheStepTheyReachCore0sShare() {
        try (Session session = new Session(CornerMessages.lab())) {
            session.runUntil(CornerMessages.PAYLOAD_ARRIVES, "core 0's message reaching its own MPB");
            ShareText share = model(session, 0).half(0).share();
            List<String> expected = new ArrayList<>();
            for (int b = 1; b < 32; b++) {
                expected.add(String.format("%02X", b));
            }
            assertEquals(expected, marked(share, "changed"),
                "byte i of core 0's message is i (the lab's pattern for core 0); byte 0 was 00 before, so it is not marked");
            assertTrue(share.text().contains("+0x120  00 01 02 03 04 05 06 07  08 09 0A 0B 0C 0D 0E 0F\n"
                + "+0x130  10 11 12 13 14 15 16 17  18 19 1A 1B 1C 1D 1E 1F\n"), share.text());
        }
    }

    /** The latency table of facts A.4 filled by the run: own-share reads at 0 hops, the other corner's at 8. */
    @Test
    void theReadsByHopCountFillTheChipsTableAsTheRunGoes() {
        try (Session session = new Session(CornerMessages.lab())) {
            assertEquals("", model(session, 0).hops(), "nothing read yet at the boot");
            session.runUntil(e -> e.core() == 0 && e.event() instanceof TraceEvent.BarrierPassed, "core 0 passing the barrier");
            String hops = model(session, 0).hops();
            assertTrue(hops.startsWith("MPB line fills so far, by hops:  0: "), hops);
            assertTrue(hops.contains(" x 20 cycles (chip 20)"), hops);
            assertTrue(hops.endsWith(" x 102 cycles (chip 102)"), "the two corners are 8 hops apart: " + hops);
            assertEquals(2, hops.split("cycles").length - 1, "only 0 and 8 hops occur: " + hops);
        }
    }

    @Test
    void atTheBarrierCore47WaitsForCore0sRelease() {
        try (Session session = new Session(CornerMessages.lab())) {
            session.runUntil(e -> e.core() == 0 && e.event() instanceof TraceEvent.BarrierPassed, "core 0 passing the barrier");
            MpbViewModel m = model(session, 0);
            assertEquals(new MpbViewModel.WaitRow(0, 0, "nothing", "nothing", 1,
                "fooling line of core 0's share, 4 bytes (01 00 00 00): not in the MPB yet"), m.waitOf(0));
            assertEquals("core 0 to release barrier 1", m.waitOf(47).waitingFor());
            assertEquals(0, m.waitOf(47).barriersPassed());
            assertTrue(row(m.half(0).share(), "gather").startsWith("+0x0A0  gather        SET (1)"));
            MeshViewModel mesh = MeshViewModel.of(session.snapshot(), null, 0);
            assertEquals("waits 0", mesh.waitBadge(47), "the mesh box of core 47 says whom it waits for");
            assertEquals("", mesh.waitBadge(0));
            assertEquals("47 waits 0", mesh.core(47).headline(), "its box says so where it would say 'running'");
            assertEquals("0 running", mesh.core(0).headline());
        }
    }

    @Test
    void lookingAtTheMpbsAtEveryStepChangesNothingInTheRun() {
        String straight;
        try (Session session = new Session(CornerMessages.lab())) {
            session.runUntil(e -> false, "the end");
            straight = session.snapshot().machine().traceHash();
        }
        try (Session session = new Session(CornerMessages.lab())) {
            session.runUntil(CornerMessages.SENT_FLAG_ARRIVES, "core 0's sent flag");
            for (int i = 0; i < 40; i++) {
                session.step(); // every pause reads both shares and both write-combine buffers
                assertEquals(2, session.snapshot().messaging().size());
            }
            session.runUntil(e -> false, "the end");
            assertEquals(straight, session.snapshot().machine().traceHash(),
                "the probe charges no cycle and traces no packet, so the run is the same");
        }
    }

    /** The locks lab at tick 1: core 0 took LOCK 0 first (no hops), the other three spin for it. */
    @Test
    void theLocksLabSaysWhoHoldsLockZeroAndWhoSpinsForIt() {
        try (Session session = new Session(eduscc.labs.scenario.ShippedLabs.load("locks"))) {
            session.runUntil(e -> e.event() instanceof TraceEvent.SpinlockChange c && c.lock().equals("LOCK 0")
                && c.acquired(), "LOCK 0 taken");
            session.runUntil(e -> e.core() == 47 && e.event() instanceof TraceEvent.MeshPacket, "core 47 looks");
            MpbViewModel m = model(session, 0);
            assertEquals("LOCK 0", m.waitOf(0).holds());
            assertEquals("nothing", m.waitOf(0).waitingFor());
            for (int pid : List.of(1, 12, 47)) {
                assertEquals("nothing", m.waitOf(pid).holds());
                assertEquals("LOCK 0 to be free", m.waitOf(pid).waitingFor());
            }
            session.runUntil(e -> e.event() instanceof TraceEvent.SpinlockChange c && c.lock().equals("LOCK 0")
                && !c.acquired(), "LOCK 0 freed");
            assertEquals("nothing", model(session, 0).waitOf(0).holds(), "a write frees it");
            session.runUntil(e -> e.event() instanceof TraceEvent.SpinlockChange c && c.lock().equals("LOCK 0")
                && c.acquired(), "LOCK 0 taken again");
            assertEquals("LOCK 0", model(session, 0).waitOf(1).holds(), "the lab's narration: core 1 is next");
        }
    }

    @Test
    void atTheStartTheWorldIsThereBeforeAnyKernelHasSetUpRcce() {
        try (Session session = new Session(CornerMessages.lab())) {
            MpbViewModel m = model(session, 47);
            assertEquals(List.of(0, 47), m.waits().stream().map(MpbViewModel.WaitRow::pid).toList(),
                "the lab messages, so its cores are RCCE's units from position 0 on");
            assertEquals(new MpbViewModel.WaitRow(47, 1, "nothing", "nothing", 0, "empty"), m.waitOf(47));
            assertEquals("MPB of tile (5,3): the shares of cores 46 and 47", m.title());
        }
    }

    @Test
    void aLabWithoutMessagesSaysSo() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            MpbViewModel m = model(session, 0);
            assertTrue(m.title().contains("This lab does not message"), m.title());
            assertEquals(List.of(), m.waits());
            assertEquals(List.of(), m.shares());
        }
    }
}
