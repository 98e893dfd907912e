package eduscc.visualizer.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.labs.debug.LastWrites;
import eduscc.labs.debug.MemoryWrite;
import eduscc.labs.debug.Session;
import eduscc.labs.debug.MemoryWindow;
import eduscc.labs.scenario.ShippedLabs;
import eduscc.machine.snapshot.MemoryDump;
import eduscc.machine.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memory view's layout and marks, without a window. */
class MemoryViewModelTest {

    private static MemoryDump stackOfCore0(Session session) {
        session.runUntil(e -> e.event() instanceof TraceEvent.SchedulerDecision, "a scheduler decision");
        int esp = session.snapshot().machine().core(0).register(4);
        return session.readMemory(new MemoryWindow(0, MemoryDump.Space.LINEAR, esp & ~0xF, 32));
    }

    @Test
    void aRowIsItsAddressSixteenHexBytesAndTheirAscii() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            MemoryDump dump = stackOfCore0(session);
            MemoryViewModel m = MemoryViewModel.of(dump, LastWrites.NONE, dump.address(), List.of());
            String row = m.text().lines().findFirst().orElseThrow();
            assertTrue(row.startsWith(String.format("0x%08X  %02X %02X", dump.address(), dump.byteAt(0), dump.byteAt(1))), row);
            assertEquals('|', row.charAt(62), "the ASCII column starts at a fixed place: " + row);
            assertEquals(2, m.text().lines().count());
            assertEquals(new MemoryViewModel.Mark(12, 14, "target"), m.marks().get(0), "the byte asked for is marked");
        }
    }

    @Test
    void aWrittenByteIsMarkedInBothColumnsAndCounted() {
        try (Session session = new Session(ShippedLabs.load("scheduling"))) {
            MemoryDump dump = stackOfCore0(session);
            LastWrites writes = new LastWrites(0, List.of(new MemoryWrite(0, dump.address() + 17, -1, 2, 1)), false);
            MemoryViewModel m = MemoryViewModel.of(dump, writes, dump.address(), List.of());
            List<MemoryViewModel.Mark> written = m.marks().stream().filter(k -> k.style().equals("written")).toList();
            int secondRow = m.text().indexOf('\n') + 1;
            assertEquals(new MemoryViewModel.Mark(secondRow + 15, secondRow + 17, "written"), written.get(0), "hex of byte 1");
            assertEquals(new MemoryViewModel.Mark(secondRow + 64, secondRow + 65, "written"), written.get(1), "its ASCII");
            assertEquals(4, written.size(), "two bytes, each in both columns");
            assertTrue(m.writes().contains("2 bytes in 1 writes, 2 of them here"), m.writes());
        }
    }

    @Test
    void anAddressIsHexOrALandmarkName() {
        List<Landmark> marks = List.of(new Landmark("ESP", MemoryDump.Space.LINEAR, 0x1234));
        assertEquals(0x00101000, AddressInput.parse("0x00101000", marks).orElseThrow().address());
        assertEquals(0xC0000000, AddressInput.parse("C0000000h", marks).orElseThrow().address());
        assertEquals(0x1234, AddressInput.parse(" esp ", marks).orElseThrow().address());
        assertTrue(AddressInput.parse("0x1_0000_0000", marks).isEmpty(), "more than 32 bits");
        assertTrue(AddressInput.parse("stack", marks).isEmpty());
    }
}
