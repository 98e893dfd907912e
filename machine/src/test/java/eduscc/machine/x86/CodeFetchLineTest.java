package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.machine.cache.Cacheability;
import eduscc.machine.cache.Level;
import eduscc.machine.cache.MemoryHierarchy;
import eduscc.machine.cpu.ControlBits;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.PhysicalMemory;
import eduscc.machine.cpu.Registers;
import eduscc.machine.trace.Trace;
import org.junit.jupiter.api.Test;

/**
 * The fetch unit reads an instruction's bytes in one 32-byte line once: the first byte goes
 * through paging and the L1 instruction cache (and pays a line fill on a miss), the rest of the
 * instruction in that line comes from the same line. An instruction across two lines looks up
 * both. The core runs in real mode from the reset vector with the caches turned on; a line fill
 * costs {@link #FILL} cycles.
 */
class CodeFetchLineTest {
    private static final int FILL = 97;
    private final FlatMemory flat = new FlatMemory();
    private final Core core = new Core(0, new CacheableMemory(), 30, new Trace());
    private final Interpreter interpreter = new Interpreter();
    private final MemoryHierarchy caches = core.memory().caches();

    /** The flat test memory as the core's own cacheable DRAM, every read from memory costing a line fill. */
    private final class CacheableMemory implements PhysicalMemory {
        @Override
        public int read(int physical, int size) {
            return flat.read(physical, size);
        }

        @Override
        public void write(int physical, int size, int value) {
            flat.write(physical, size, value);
        }

        @Override
        public int accessCycles(int physical, boolean write) {
            return write ? 0 : FILL;
        }

        @Override
        public boolean isShared(int physical) {
            return false;
        }

        @Override
        public Cacheability cacheability(int physical) {
            return Cacheability.CACHEABLE;
        }
    }

    CodeFetchLineTest() {
        core.setInstructionSet(interpreter);
        core.setPacer(new TestMachine.StepLimit());
        core.releaseFromReset(0);
        core.regs().cr0 &= ~(ControlBits.CR0_CD | ControlBits.CR0_NW);
    }

    /** Puts {@code bytes} at linear 0xFFFF0000 + {@code ip} and points CS:IP (CS base 0xFFFF0000) at them. */
    private void code(int ip, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            flat.write(0xFFFF0000 + ip + i, 1, bytes[i]);
        }
        core.regs().eip = ip;
    }

    private long step() {
        long before = core.cycles();
        interpreter.step(core);
        return core.cycles() - before;
    }

    @Test
    void anInstructionInOneLineIsOneLookup() {
        code(0xFFF0, 0x66, 0xB8, 0x78, 0x56, 0x34, 0x12);          // mov eax, 0x12345678
        assertEquals(1 + FILL, step(), "MOV 1 and one line fill");
        assertEquals(0x12345678, core.regs().get(Registers.EAX));
        assertEquals(1, caches.counters().misses(Level.L1I));
        assertEquals(0, caches.counters().hits(Level.L1I), "the other five bytes came from the same line");
    }

    @Test
    void anInstructionAcrossTwoLinesLooksUpBoth() {
        code(0xFFDE, 0x66, 0xB8, 0x78, 0x56, 0x34, 0x12);          // bytes 0xFFDE..0xFFE3: two lines
        assertEquals(1 + 2 * FILL, step());
        assertEquals(0x12345678, core.regs().get(Registers.EAX));
        assertEquals(2, caches.counters().misses(Level.L1I));
    }

    /**
     * With CR0.CD set no line is filled; the prefetch buffer holds the line last read. An
     * immediate that runs from that line into the next pays for the next line only (it used to
     * pay for the buffered line a second time).
     */
    @Test
    void withCachingOffAnImmediateIntoTheNextLinePaysOnlyForThatLine() {
        core.regs().cr0 |= ControlBits.CR0_CD;
        code(0xFFDC, 0x66, 0xB8, 0x78, 0x56, 0x34, 0x12);          // the immediate spans 0xFFE0
        assertEquals(1 + 2 * FILL, step(), "MOV 1, a read of the opcode's line and one of the next");
        assertEquals(0x12345678, core.regs().get(Registers.EAX));
        assertEquals(0, caches.counters().hits(Level.L1I) + caches.counters().misses(Level.L1I) - 2,
            "two L1I lookups, one per line");
    }

    @Test
    void theNextInstructionSeesBytesWrittenIntoItsLine() {
        code(0xFFF0, 0x66, 0xB8, 0x01, 0x00, 0x00, 0x00,            // mov eax, 1
            0x66, 0xB8, 0x02, 0x00, 0x00, 0x00);                     // mov eax, 2
        step();
        flat.write(0xFFFFFFF8, 1, 0x07);                             // the second becomes mov eax, 7
        assertEquals(1, step(), "the line is cached now: MOV 1, no fill");
        assertEquals(7, core.regs().get(Registers.EAX));
        assertEquals(1, caches.counters().hits(Level.L1I), "one lookup for the second instruction");
    }

    /**
     * The instructions after the first in a line are one L1I lookup each, a hit that costs
     * nothing; with CR0.CD set they come from the prefetch buffer, neither counted nor charged.
     */
    @Test
    void eachLaterInstructionInTheLineIsOneHitOrWithCachingOffNoLookup() {
        code(0xFFE0, 0x66, 0xB8, 0x01, 0x00, 0x00, 0x00,            // mov eax, 1
            0x66, 0xB8, 0x02, 0x00, 0x00, 0x00,                      // mov eax, 2
            0x66, 0xB8, 0x03, 0x00, 0x00, 0x00);                     // mov eax, 3
        assertEquals(1 + FILL, step());
        assertEquals(1, step());
        assertEquals(1, step());
        assertEquals(1, caches.counters().misses(Level.L1I));
        assertEquals(2, caches.counters().hits(Level.L1I));

        core.regs().cr0 |= ControlBits.CR0_CD;
        code(0xFFC0, 0x66, 0xB8, 0x04, 0x00, 0x00, 0x00,            // another line, mov eax, 4
            0x66, 0xB8, 0x05, 0x00, 0x00, 0x00);                     // mov eax, 5
        assertEquals(1 + FILL, step(), "a miss reads the line into the prefetch buffer, filling nothing");
        assertEquals(1, step(), "the next instruction from the prefetch buffer");
        assertEquals(5, core.regs().get(Registers.EAX));
        assertEquals(2, caches.counters().misses(Level.L1I));
        assertEquals(2, caches.counters().hits(Level.L1I), "no lookup counted for the second");
    }
}
