package eduscc.machine.cpu;

import eduscc.machine.cache.Cacheability;
import eduscc.machine.cache.MemoryHierarchy;
import eduscc.machine.cost.CacheCosts;
import java.util.function.LongSupplier;

/**
 * The path of every data access: logical address (segment:offset) → segment checks and base
 * (SDM Vol. 3A §3.4 and §5.3 "Limit Checking", §5.4 "Type Checking") → linear address → paging →
 * physical address → the core's caches ({@link MemoryHierarchy}) → the core's LUT and the mesh.
 * Each access adds what it costs beyond an L1 hit (a cache miss, a write stall, an uncached
 * access over the mesh) to the pending cost of the current operation and lets the engine order
 * accesses that another core can see. Code fetches take the same path through the code TLB and
 * the L1 instruction cache.
 *
 * <p>Finding the bytes behind a page of the core's own private DRAM again and again is the
 * simulator's work, not the model's: {@link TranslationShortcuts} for fetches, reads and writes
 * remember the last few pages of each kind and their DRAM frames, so such an access skips the LUT and
 * the memory controller while its TLB lookup, cache access and charge stay exactly as above.
 */
public final class LogicalMemory {
    private static final int LINE_OFFSET = CacheCosts.LINE_BYTES - 1;
    private final Registers regs;
    private final PhysicalMemory memory;
    private final Paging paging;
    private final MemoryHierarchy caches;
    private final TranslationShortcuts fetches;
    private final TranslationShortcuts reads;
    private final TranslationShortcuts writes;
    private LongSupplier clock = () -> 0L;
    private SharedAccessGate gate = SharedAccessGate.NONE;
    private long latencyCycles;
    /**
     * The cached code line the current instruction fetched from, with its translation: the
     * instruction's next bytes in that line come from the fetch unit's prefetch buffer, not the
     * code cache (see {@link #fetchLinear}). Valid while {@link #changes} is {@code fetchedAt}.
     */
    private TranslationShortcut fetchedFrom;
    private int fetchedLine;
    private int fetchedPhysicalLine;
    private boolean fetchedByUser;
    private long fetchedAt = -1;
    /**
     * Counts the moments after which the prefetched line may read differently: each of this
     * core's writes, each wait for its turn at the mesh, and each {@link #othersMayHaveRun}.
     */
    private long changes;
    private WriteWatch writeWatch;
    private int watchedPid;
    private final MessageLines messageLines;
    private final WriteCombineBuffer writeCombine;

    /** Called before an access another core could observe, so it happens in global time order. */
    public interface SharedAccessGate {
        SharedAccessGate NONE = () -> { };

        void awaitTurn();
    }

    public LogicalMemory(Registers regs, PhysicalMemory memory) {
        this.regs = regs;
        this.memory = memory;
        this.caches = new MemoryHierarchy(physical -> memory.accessCycles(physical, false));
        this.paging = new Paging(regs, this);
        this.fetches = new TranslationShortcuts(regs, this, true, false);
        this.reads = new TranslationShortcuts(regs, this, false, false);
        this.writes = new TranslationShortcuts(regs, this, false, true);
        this.messageLines = new MessageLines(caches, memory);
        this.writeCombine = new WriteCombineBuffer(memory);
    }

    /** Reset: the write-combine buffer is empty again, its bytes never sent. */
    public void resetWriteCombining() {
        writeCombine.reset();
    }

    /** The line the write-combine buffer holds, not yet sent (-1: empty); for tests and the debugger. */
    public int writeCombiningLine() {
        return writeCombine.lineAddress();
    }

    /**
     * The bytes the write-combine buffer holds for its line, 32 of them, and which were written
     * (bit i of the mask: byte i); for the debugger, which shows a flag still waiting there.
     * Reading them changes nothing.
     */
    public byte[] writeCombiningBytes() {
        byte[] held = new byte[CacheCosts.LINE_BYTES];
        for (int i = 0; i < held.length; i++) {
            held[i] = writeCombine.heldByte(i);
        }
        return held;
    }

    /** Which bytes of {@link #writeCombiningBytes} wait to go out: bit i for byte i; 0 when empty. */
    public int writeCombiningMask() {
        return writeCombiningLine() == -1 ? 0 : writeCombine.writtenMask();
    }

    /** The core's cycle counter: when an access starts decides how long it waits for a write. */
    public void setClock(LongSupplier clock) {
        this.clock = clock;
    }

    public MemoryHierarchy caches() {
        return caches;
    }

    public void setGate(SharedAccessGate gate) {
        this.gate = gate;
    }

    /** Reports this core's data writes to {@code watch} (null: none; then a write costs one null check). */
    public void setWriteWatch(int pid, WriteWatch watch) {
        this.watchedPid = pid;
        this.writeWatch = watch;
    }

    public Paging paging() {
        return paging;
    }

    public PhysicalMemory physical() {
        return memory;
    }

    /**
     * Something other than this core's own accesses may have run since its last access: a new
     * instruction or machine operation starts (Java code, a loader, the debugger or another
     * core may have run before it), or the core wakes from HLT. The core and the interpreter
     * call it. It ends the current instruction's use of its prefetched code line (see
     * {@link #fetchLinear}); the translation shortcuts do not depend on it (they watch the
     * memory's own count of changes, see {@link TranslationShortcut}).
     */
    public void othersMayHaveRun() {
        changes++;
    }

    private void awaitTurn() {
        changes++;
        gate.awaitTurn();
    }

    /**
     * Adds memory stall to the operation in progress: the door for every access cost beyond the
     * instruction's base cost (a cache or TLB miss's charge calls this). The operation charges it
     * through {@link Core#chargeInstruction}, and the cycle ledger books it as memory stall.
     */
    public void stall(long cycles) {
        latencyCycles += cycles;
    }

    /** Latency collected since the last call; the operation that caused it charges it. */
    public long takeLatency() {
        long l = latencyCycles;
        latencyCycles = 0;
        return l;
    }

    public int read(int segment, int offset, int size) {
        int linear = checkedLinear(segment, offset, size, false);
        return readLinear(linear, size, regs.cpl() == 3);
    }

    public void write(int segment, int offset, int size, int value) {
        int linear = checkedLinear(segment, offset, size, true);
        writeLinear(linear, size, value, regs.cpl() == 3);
    }

    /**
     * A write the processor makes as a supervisor access whatever the CPL (SDM Vol. 3A §4.6,
     * implicit supervisor-mode accesses): the pushes onto an inner ring's stack while an
     * interrupt from ring 3 is delivered, made before CS says ring 0.
     */
    public void writeAsSupervisor(int segment, int offset, int size, int value) {
        int linear = checkedLinear(segment, offset, size, true);
        writeLinear(linear, size, value, false);
    }

    /** Reads linear memory; {@code user} is false for the CPU's own descriptor and TSS accesses. */
    public int readLinear(int linear, int size, boolean user) {
        if (crossesPage(linear, size)) {
            int value = 0;
            for (int i = 0; i < size; i++) {
                value |= readLinear(linear + i, 1, user) << (8 * i);
            }
            return value;
        }
        TranslationShortcut shortcut = reads.forPage(linear);
        int physical = shortcut.translate(linear, user);
        if (shortcut.direct()) {
            chargeRead(physical, size, false, shortcut.policy());
            return shortcut.read(physical, size);
        }
        int value = cachedRead(physical, size, false, paging.pageBits());
        shortcut.remember(linear, user, physical);
        return value;
    }

    /**
     * Fetches instruction bytes: through the code TLB and the L1 instruction cache. The fetch
     * unit reads a whole code line into a prefetch buffer, so the bytes of one instruction in
     * one cached line are one code-TLB lookup and one L1I access, however many pieces (prefix,
     * opcode, ModRM, immediate) the decoder takes them in (ASSUMPTION, see the prefetch
     * buffers in {@link CacheCosts}). A second lookup of that line would hit and cost nothing,
     * so this decides the hit counters, never the cycles. An uncached line is read again for
     * every piece, as before.
     */
    public int fetchLinear(int linear, int size, boolean user) {
        int line = linear >>> CacheCosts.LINE_SHIFT;
        int lastLine = (linear + size - 1) >>> CacheCosts.LINE_SHIFT;
        if (line == fetchedLine && user == fetchedByUser) {
            if (changes == fetchedAt) {
                return lastLine == line ? fetchFromBuffer(linear, size) : fetchBytes(linear, size, user);
            }
            if (lastLine == line && fetchedFrom != null && fetchedFrom.remembers(linear >>> 12)) {
                return fetchFromLineAgain(linear, size, user);
            }
        }
        if (crossesPage(linear, size)) {
            return fetchBytes(linear, size, user);
        }
        TranslationShortcut shortcut = fetches.forPage(linear);
        return fetchTranslated(shortcut, shortcut.translate(linear, user), linear, size, user);
    }

    /**
     * The first bytes of an instruction in the line the instruction before it was fetched from,
     * through the same shortcut: the case of nearly every instruction of straight-line code and
     * of a short loop. The translation is made as always (its TLB lookup counted; see
     * {@link TranslationShortcut#translateAgain} for the common case); when the L1I's
     * last hit was this line, the L1I access is the hit that {@link #chargeRead} would count, and
     * with CR0.CD set and the line in the prefetch buffer it costs and counts nothing, as there.
     * Anything else takes the ordinary path from the translation on. Only the simulator's search
     * for its shortcut and for the cache's slot is skipped; every count and cycle is the same.
     */
    private int fetchFromLineAgain(int linear, int size, boolean user) {
        TranslationShortcut shortcut = fetchedFrom;
        int physical = shortcut.translateAgain(user)
            ? shortcut.physicalPage() | (linear & 0xFFF) : shortcut.translate(linear, user);
        Policy policy = shortcut.policy();
        if (shortcut.direct() && policy != Policy.UNCACHED && caches.fetchHitsAgain(physical, policy == Policy.NO_FILL)) {
            fetchedPhysicalLine = physical & ~LINE_OFFSET;
            fetchedAt = changes;
            return shortcut.read(physical, size);
        }
        return fetchTranslated(shortcut, physical, linear, size, user);
    }

    /** A fetch within one page after {@code shortcut} translated it to {@code physical}: the cache access, the charge and the bytes. */
    private int fetchTranslated(TranslationShortcut shortcut, int physical, int linear, int size, boolean user) {
        boolean direct = shortcut.direct();
        Policy policy = direct ? shortcut.policy() : policy(physical, paging.pageBits());
        int value;
        if (direct) {
            chargeRead(physical, size, true, policy);
            value = shortcut.read(physical, size);
        } else {
            value = cachedRead(physical, size, true, policy);
            shortcut.remember(linear, user, physical);
        }
        if (policy != Policy.UNCACHED) {
            fetchedFrom = direct ? shortcut : null;
            fetchedLine = (linear + size - 1) >>> CacheCosts.LINE_SHIFT;
            fetchedPhysicalLine = (physical + size - 1) & ~LINE_OFFSET;
            fetchedByUser = user;
            fetchedAt = changes;
        }
        return value;
    }

    /** A fetch across a line or page, byte by byte: each line it enters is looked up once. */
    private int fetchBytes(int linear, int size, boolean user) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value |= fetchLinear(linear + i, 1, user) << (8 * i);
        }
        return value;
    }

    /** The current instruction's next bytes from the line its last fetch read (see {@link #fetchLinear}). */
    private int fetchFromBuffer(int linear, int size) {
        int physical = fetchedPhysicalLine | (linear & LINE_OFFSET);
        if (fetchedFrom != null) {
            return fetchedFrom.read(physical, size);
        }
        if (memory.isShared(physical)) {
            awaitTurn();
            fetchedAt = changes;
        }
        return memory.read(physical, size);
    }

    public void writeLinear(int linear, int size, int value, boolean user) {
        if (crossesPage(linear, size)) {
            for (int i = 0; i < size; i++) {
                paging.translate(linear + i, true, user);
            }
            for (int i = 0; i < size; i++) {
                writeLinear(linear + i, 1, value >>> (8 * i), user);
            }
            return;
        }
        TranslationShortcut shortcut = writes.forPage(linear);
        int physical = shortcut.translate(linear, user);
        int pageBits = paging.pageBits();
        if (writeWatch != null) {
            writeWatch.written(watchedPid, linear, size);
        }
        if (shortcut.direct()) {
            changes++;
            chargeWrite(physical, size, shortcut.policy());
            shortcut.write(physical, size, value);
            return;
        }
        cachedWrite(physical, size, value, pageBits);
        shortcut.remember(linear, user, physical);
    }

    /** A read the CPU makes by physical address (a page-table walk): no page bits apply. */
    public int readPhysical(int physical, int size) {
        return cachedRead(physical, size, false, 0);
    }

    public void writePhysical(int physical, int size, int value) {
        cachedWrite(physical, size, value, 0);
    }

    /**
     * A read that costs nothing and touches no cache: the walk behind a TLB hit, which the
     * hardware does not make (the model still walks, to check rights and to set A and D).
     */
    int readPhysicalUncharged(int physical, int size) {
        if (memory.isShared(physical)) {
            awaitTurn();
        }
        return memory.read(physical, size);
    }

    private int cachedRead(int physical, int size, boolean fetch, int pageBits) {
        return cachedRead(physical, size, fetch, policy(physical, pageBits));
    }

    private int cachedRead(int physical, int size, boolean fetch, Policy policy) {
        if (memory.isShared(physical)) {
            awaitTurn();
        }
        if (policy == Policy.L1_AS_MESSAGE_BUFFER) {
            return messageRead(physical, size, fetch);
        }
        chargeRead(physical, size, fetch, policy);
        return memory.read(physical, size);
    }

    /** What a read costs in the caches beyond an L1 hit, booked as stall; {@code policy} as {@link #policy} gives it. */
    void chargeRead(int physical, int size, boolean fetch, Policy policy) {
        long now = clock.getAsLong() + latencyCycles;
        stall(switch (policy) {
            case UNCACHED -> caches.uncached(now) + memory.accessCycles(physical, false);
            case L1_AND_L2 -> caches.read(physical, size, fetch, false, now);
            case L1_AS_MESSAGE_BUFFER -> caches.read(physical, size, fetch, true, now);
            case NO_FILL -> caches.readWithoutFill(physical, size, fetch, now);
        });
    }

    private void cachedWrite(int physical, int size, int value, int pageBits) {
        changes++;
        Policy policy = policy(physical, pageBits);
        if (memory.isShared(physical) || policy == Policy.L1_AS_MESSAGE_BUFFER && writeCombine.drainsFor(physical)) {
            awaitTurn();
        }
        chargeWrite(physical, size, policy);
        if (policy == Policy.L1_AS_MESSAGE_BUFFER) {
            messageWrite(physical, size, value);
        } else {
            memory.write(physical, size, value);
        }
    }

    /** An MPBT write: into the L1 copy of its line, if held, and into the write-combine buffer. */
    private void messageWrite(int physical, int size, int value) {
        if (crossesLine(physical, size)) {
            for (int i = 0; i < size; i++) {
                messageWrite(physical + i, 1, value >>> (8 * i));
            }
            return;
        }
        messageLines.write(physical, size, value);
        writeCombine.write(physical, size, value);
    }

    /** An MPBT read after its charge: a line the L1D held before answers from its (maybe stale) copy. */
    private int messageRead(int physical, int size, boolean fetch) {
        if (crossesLine(physical, size)) {
            int value = 0;
            for (int i = 0; i < size; i++) {
                value |= messageRead(physical + i, 1, fetch) << (8 * i);
            }
            return value;
        }
        boolean held = messageLines.holds(physical);
        chargeRead(physical, size, fetch, Policy.L1_AS_MESSAGE_BUFFER);
        return fetch ? memory.read(physical, size) : messageLines.read(physical, size, held);
    }

    private static boolean crossesLine(int physical, int size) {
        return (physical & LINE_OFFSET) + size > CacheCosts.LINE_BYTES;
    }

    /** What a write costs in the caches beyond an L1 hit, booked as stall. */
    private void chargeWrite(int physical, int size, Policy policy) {
        long now = clock.getAsLong() + latencyCycles;
        stall(switch (policy) {
            case UNCACHED -> caches.uncached(now) + memory.accessCycles(physical, true);
            case L1_AND_L2, NO_FILL -> caches.write(physical, size, now);
            case L1_AS_MESSAGE_BUFFER -> caches.writeThrough(physical, now) + memory.accessCycles(physical, true);
        });
    }

    /** Where an access may be cached; NO_FILL: CR0.CD is set, hits hit but misses fill nothing. */
    enum Policy { UNCACHED, L1_AND_L2, L1_AS_MESSAGE_BUFFER, NO_FILL }

    /**
     * The memory's kind, the page's bits and CR0.CD decide: registers never, PCD never, with
     * CR0.CD set no fills (SDM Vol. 3A §11.5.3; the core leaves reset so, and the kernel clears
     * CD and NW as eduOS's cpu_init does), an MPBT page (bit 7 with CR4.MPE, facts A.3) in L1
     * only, own private DRAM in L1 and L2, other memory uncached (see {@link Cacheability}).
     * NW changes nothing in the model: its caches keep no data, so whether a write hit also
     * reaches memory makes no difference to values, and the cost of a hit is the same.
     */
    Policy policy(int physical, int pageBits) {
        Cacheability kind = memory.cacheability(physical);
        if (kind == Cacheability.UNCACHEABLE || (pageBits & Paging.PCD) != 0) {
            return Policy.UNCACHED;
        }
        if ((regs.cr0 & ControlBits.CR0_CD) != 0) {
            return kind == Cacheability.CACHEABLE ? Policy.NO_FILL : Policy.UNCACHED;
        }
        if ((pageBits & Paging.PS_OR_MPBT) != 0) {
            return Policy.L1_AS_MESSAGE_BUFFER;
        }
        return kind == Cacheability.CACHEABLE ? Policy.L1_AND_L2 : Policy.UNCACHED;
    }

    /**
     * Forms the linear address and applies the checks of the cached descriptor. Real mode checks
     * the 64 KiB limit too (an offset beyond it raises #GP, or #SS for the stack).
     */
    public int checkedLinear(int segment, int offset, int size, boolean write) {
        SegmentRegister s = regs.segment(segment);
        int faultVector = segment == Registers.SS ? Vector.SS : Vector.GP;
        if (regs.protectedMode()) {
            if (!s.present()) {
                throw new CpuFault(faultVector, 0, "use of " + s.name() + " with a null or not-present selector");
            }
            boolean code = (s.type() & 0x8) != 0;
            if (write && (code || (s.type() & 0x2) == 0)) {
                throw new CpuFault(faultVector, 0, "write to read-only segment " + s.name());
            }
            if (!write && code && (s.type() & 0x2) == 0) {
                throw new CpuFault(faultVector, 0, "read from execute-only segment " + s.name());
            }
        }
        if (!inLimit(s, offset, size)) {
            throw new CpuFault(faultVector, 0,
                String.format("offset 0x%08X beyond the limit 0x%08X of %s", offset, s.limit(), s.name()));
        }
        return s.base() + offset;
    }

    /** Expand-down data segments hold the offsets above the limit (§5.3). */
    private static boolean inLimit(SegmentRegister s, int offset, int size) {
        boolean expandDown = (s.type() & 0xC) == 0x4;
        if (!expandDown) {
            return s.within(offset, size);
        }
        long top = s.big() ? 0xFFFFFFFFL : 0xFFFFL;
        long first = Integer.toUnsignedLong(offset);
        return first > Integer.toUnsignedLong(s.limit()) && first + size - 1 <= top;
    }

    private static boolean crossesPage(int linear, int size) {
        return size > 1 && ((linear & 0xFFF) + size) > 0x1000;
    }
}
