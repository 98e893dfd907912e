package eduscc.exercises.hypercalls;

import eduscc.kernel.lguest.HypercallHost;
import java.util.ArrayList;
import java.util.List;

/**
 * The host as a check sees it: every action the dispatcher under test asks for is written down,
 * with its arguments, instead of done; the asynchronous ring is two plain arrays the check fills
 * as a guest would. So a check shows exactly which action each call reached and in which order,
 * and nothing the dispatcher does can touch a machine. What the actions then do is the kit's
 * ({@code HypercallActions}) and is not graded here; the lab checks run the real host.
 *
 * <p>As on the real host, {@link #kill} does not return (it throws {@link Killed}, which the check
 * catches), and the ring may not be read before LHCALL_LGUEST_INIT or outside its 64 slots.
 */
final class RecordingHost implements HypercallHost {
    /** How {@link #kill} ends the hypercall, as the kit's {@code GuestFault} does. */
    static final class Killed extends RuntimeException {
        Killed(String reason) {
            super(reason, null, false, false);
        }
    }

    private final List<String> actions = new ArrayList<>();
    private final int[] status = new int[RING_SIZE];
    private final int[][] words = new int[RING_SIZE][4];
    private boolean initialized;
    private int arg1;
    private int arg2;
    private int arg3;
    /** Why the dispatcher killed the guest; null while it lives. */
    private String killedFor;

    /** The registers of the next synchronous call. */
    void setArguments(int arg1, int arg2, int arg3) {
        this.arg1 = arg1;
        this.arg2 = arg2;
        this.arg3 = arg3;
    }

    /** The guest queues {@code call} in {@code slot} and marks it pending, as its async_hcall does. */
    void queue(int slot, int call, int arg1, int arg2, int arg3) {
        words[slot] = new int[] {call, arg1, arg2, arg3};
        status[slot] = SLOT_PENDING;
    }

    /** The guest writes {@code value} into a slot's status byte itself. */
    void setStatus(int slot, int value) {
        status[slot] = value;
    }

    /** The actions since the last call of this, e.g. "setPte(0x00A01000, 0xBFFFF000, 0x00C23067); markDone(0)". */
    String takeActions() {
        String shown = actions.isEmpty() ? "nothing" : String.join("; ", actions);
        actions.clear();
        return shown;
    }

    String killedFor() {
        return killedFor;
    }

    @Override
    public int arg1() {
        return arg1;
    }

    @Override
    public int arg2() {
        return arg2;
    }

    @Override
    public int arg3() {
        return arg3;
    }

    @Override
    public int ringStatus(int slot) {
        return status[ringSlot(slot, "ringStatus")];
    }

    @Override
    public int ringWord(int slot, int word) {
        if (word < 0 || word > 3) {
            throw new IllegalArgumentException("ringWord(" + slot + ", " + word + "): word 0 is the call, 1..3 its arguments");
        }
        return words[ringSlot(slot, "ringWord")][word];
    }

    @Override
    public void markDone(int slot) {
        status[ringSlot(slot, "markDone")] = SLOT_DONE;
        actions.add("markDone(" + slot + ")");
    }

    private int ringSlot(int slot, String method) {
        if (!initialized) {
            throw new IllegalStateException(method + "(" + slot + ") before LHCALL_LGUEST_INIT: the ring is in lguest_data,"
                + " which the guest has not registered yet");
        }
        if (slot < 0 || slot >= RING_SIZE) {
            throw new IllegalArgumentException(method + "(" + slot + "): the ring has slots 0.." + (RING_SIZE - 1));
        }
        return slot;
    }

    @Override
    public boolean initialized() {
        return initialized;
    }

    /** As the kit's host: lguest_data registered, and every slot of its ring marked done. */
    @Override
    public void initialize(int lguestData) {
        actions.add("initialize(" + hex(lguestData) + ")");
        initialized = true;
        for (int slot = 0; slot < RING_SIZE; slot++) {
            status[slot] = SLOT_DONE;
        }
    }

    @Override
    public void shutdown(int message, int how) {
        actions.add("shutdown(" + hex(message) + ", " + how + ")");
    }

    @Override
    public void newPageTable(int pgdir) {
        actions.add("newPageTable(" + hex(pgdir) + ")");
    }

    @Override
    public void flushTlb(boolean all) {
        actions.add("flushTlb(" + all + ")");
    }

    @Override
    public void setPte(int pgdir, int linear, int pte) {
        actions.add("setPte(" + hex(pgdir) + ", " + hex(linear) + ", " + hex(pte) + ")");
    }

    @Override
    public void setPgd(int pgdir, int index) {
        actions.add("setPgd(" + hex(pgdir) + ", " + index + ")");
    }

    @Override
    public void loadIdtEntry(int vector, int low, int high) {
        actions.add("loadIdtEntry(" + vector + ", " + hex(low) + ", " + hex(high) + ")");
    }

    @Override
    public void loadGdtEntry(int index, int low, int high) {
        actions.add("loadGdtEntry(" + index + ", " + hex(low) + ", " + hex(high) + ")");
    }

    @Override
    public void setStack(int segment, int pointer) {
        actions.add("setStack(" + hex(segment) + ", " + hex(pointer) + ")");
    }

    @Override
    public void setTaskSwitched(boolean taskSwitched) {
        actions.add("setTaskSwitched(" + taskSwitched + ")");
    }

    @Override
    public void setClockEvent(int nanoseconds) {
        actions.add("setClockEvent(" + Integer.toUnsignedString(nanoseconds) + ")");
    }

    @Override
    public void halt() {
        actions.add("halt()");
    }

    @Override
    public void notifyDevice(int address) {
        actions.add("notifyDevice(" + hex(address) + ")");
    }

    @Override
    public void kill(String reason) {
        actions.add("kill");
        if (killedFor == null) {
            killedFor = String.valueOf(reason);
        }
        throw new Killed(String.valueOf(reason));
    }

    static String hex(int value) {
        return String.format("0x%08X", value);
    }
}
