package eduscc.machine.snapshot;

import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.CoreState;
import eduscc.machine.scc.Interconnect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A window of one core's memory as a debugger's memory view shows it (Bochs' {@code x}, GDB's
 * {@code x/64xb}): the bytes from {@code address} on, read at a pause by the same non-disturbing
 * {@link MemoryProbe} that reads the descriptor tables, so looking changes nothing in the machine.
 *
 * <p>A <em>linear</em> address goes through the core's paging (when CR0.PG is set) and then its
 * LUT; a <em>physical</em> one through the LUT only. Segmentation is not applied: a linear address
 * is what segmentation produced (base + offset). Bytes are read page by page, because each page may
 * map elsewhere; a page the probe cannot read (not present, an unmapped LUT entry, a register bank)
 * is marked unreadable with the reason, and the rest is still shown.
 *
 * <p>The probe reads DRAM and MPBs as they hold the bytes, not through the core's caches.
 */
public final class MemoryDump {
    /** How an address is taken. */
    public enum Space {
        LINEAR("linear"), PHYSICAL("physical");

        private final String word;

        Space(String word) {
            this.word = word;
        }

        @Override
        public String toString() {
            return word;
        }
    }

    private static final int PAGE = 0x1000;

    private final int pid;
    private final Space space;
    private final int address;
    private final byte[] bytes;
    private final boolean[] readable;
    private final List<String> problems;

    private MemoryDump(int pid, Space space, int address, byte[] bytes, boolean[] readable, List<String> problems) {
        this.pid = pid;
        this.space = space;
        this.address = address;
        this.bytes = bytes;
        this.readable = readable;
        this.problems = List.copyOf(problems);
    }

    /** Reads {@code length} bytes of a paused core; call only while no context runs. */
    public static MemoryDump read(Core core, Interconnect chip, Space space, int address, int length) {
        byte[] bytes = new byte[length];
        boolean[] readable = new boolean[length];
        List<String> problems = new ArrayList<>();
        if (core.state() == CoreState.IN_RESET) {
            problems.add("core " + core.pid() + " is held in reset: its LUT and paging are not set up");
            return new MemoryDump(core.pid(), space, address, bytes, readable, problems);
        }
        MemoryProbe probe = new MemoryProbe(core.pid(), core.regs(), chip);
        int done = 0;
        while (done < length) {
            int at = address + done;
            int chunk = Math.min(length - done, PAGE - (at & (PAGE - 1)));
            try {
                byte[] page = space == Space.LINEAR ? probe.read(at, chunk) : probe.readPhysical(at, chunk);
                System.arraycopy(page, 0, bytes, done, chunk);
                Arrays.fill(readable, done, done + chunk, true);
            } catch (MemoryProbe.Unreadable e) {
                problems.add(e.getMessage());
            }
            done += chunk;
        }
        return new MemoryDump(core.pid(), space, address, bytes, readable, problems);
    }

    /**
     * The physical address core {@code core} reaches at {@code linear} now, or -1 if its page
     * tables do not map it; the memory view uses it to mark writes (told as linear addresses) in
     * a physical window.
     */
    public static long physicalOf(Core core, Interconnect chip, int linear) {
        try {
            return Integer.toUnsignedLong(new MemoryProbe(core.pid(), core.regs(), chip).physicalOf(linear));
        } catch (MemoryProbe.Unreadable e) {
            return -1;
        }
    }

    public int pid() {
        return pid;
    }

    public Space space() {
        return space;
    }

    public int address() {
        return address;
    }

    public int length() {
        return bytes.length;
    }

    /** The byte at {@code address() + offset}, 0..255; meaningful only where {@link #readable} says so. */
    public int byteAt(int offset) {
        return bytes[offset] & 0xFF;
    }

    public boolean readable(int offset) {
        return readable[offset];
    }

    /** Why some pages could not be read, one sentence each with the address; empty if all could. */
    public List<String> problems() {
        return problems;
    }
}
