package eduscc.kernel.ipc;

import eduscc.machine.cpu.Operations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The mails a core's interrupt handler has taken out of its MPB slots and no task has fetched
 * yet, in the core's private memory: a copy of each sender's slot and the order the mails came
 * in. The handler copies a slot here and empties it at once, so the sender may write its next
 * mail while this one waits for a task (MetalSVM's ISR copied the mail out and left the work
 * to a kernel task, facts eduos-metalsvm.md 11.3). Each sender has one entry, so the inbox
 * holds at most one mail per sender; a second mail stays in its MPB slot, noted as
 * <em>deferred</em>, until a task has fetched the first.
 * <pre>
 *   INBOX + 0x000  head         the ring index of the oldest mail
 *         + 0x004  count        mails waiting
 *         + 0x008  deferred     64 bits, bit k: core k's slot holds a mail the inbox had no room for
 *         + 0x040  ring[48]     a doubleword each: the sender of each waiting mail, oldest first
 *         + 0x100  entry[48]    32 bytes each, entry k a copy of core k's slot line ({@link MailSlot})
 * </pre>
 * The place is the kit's choice: a free page of the kernel's data, after the frame counts. Memory
 * starts zeroed, so the inbox starts empty without a word written.
 */
final class Inbox {
    static final int INBOX = 0x0012C000;
    private static final int CORES = 48;
    private static final int HEAD = INBOX;
    private static final int COUNT = INBOX + 0x4;
    private static final int DEFERRED = INBOX + 0x8;
    private static final int RING = INBOX + 0x40;
    private static final int ENTRIES = INBOX + 0x100;
    private final Operations ops;

    Inbox(Operations ops) {
        this.ops = ops;
    }

    boolean isEmpty() {
        return ops.read32(COUNT) == 0;
    }

    /** Whether core {@code sender}'s entry still holds a mail no task has fetched. */
    boolean holdsMailFrom(int sender) {
        return ops.read32(entry(sender) + 4 * MailSlot.STATE) == MailSlot.MAIL;
    }

    /** Keeps the slot line {@code line} of core {@code sender} and queues it behind the others. */
    void put(int sender, int[] line) {
        for (int i = 0; i < line.length; i++) {
            ops.write32(entry(sender) + 4 * i, line[i]);
        }
        int count = ops.read32(COUNT);
        int tail = (ops.read32(HEAD) + count) % CORES;
        ops.write32(RING + 4 * tail, sender);
        ops.write32(COUNT, count + 1);
    }

    /** Takes the oldest mail out (the inbox must not be empty). */
    Mail take() {
        int head = ops.read32(HEAD);
        int sender = ops.read32(RING + 4 * head);
        ops.write32(HEAD, (head + 1) % CORES);
        ops.write32(COUNT, ops.read32(COUNT) - 1);
        int[] line = new int[CommBuffer.LINE / 4];
        for (int i = 0; i < line.length; i++) {
            line[i] = ops.read32(entry(sender) + 4 * i);
        }
        ops.write32(entry(sender) + 4 * MailSlot.STATE, MailSlot.EMPTY);
        return MailSlot.mail(line);
    }

    /** Notes that core {@code sender}'s slot holds a mail left there for want of room. */
    void defer(int sender) {
        int word = DEFERRED + 4 * (sender / 32);
        ops.write32(word, ops.read32(word) | 1 << (sender % 32));
    }

    /** Whether core {@code sender}'s slot was left full; the note is cleared as it is read. */
    boolean takeDeferred(int sender) {
        int word = DEFERRED + 4 * (sender / 32);
        int bits = ops.read32(word);
        int bit = 1 << (sender % 32);
        if ((bits & bit) == 0) {
            return false;
        }
        ops.write32(word, bits & ~bit);
        return true;
    }

    /**
     * The senders of the waiting mails, oldest first, read with {@code probe32} (the debugger's
     * reads: no cycle charged). A count beyond the ring, from scribbled bytes, is read as a full ring.
     */
    static List<Integer> waitingSenders(IntUnaryOperator probe32) {
        int head = Math.floorMod(probe32.applyAsInt(HEAD), CORES);
        long count = Math.min(Integer.toUnsignedLong(probe32.applyAsInt(COUNT)), CORES);
        List<Integer> senders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            senders.add(probe32.applyAsInt(RING + 4 * ((head + i) % CORES)));
        }
        return senders;
    }

    /** The senders whose slot was left full for want of room, lowest pid first, read with {@code probe32}. */
    static List<Integer> deferredSenders(IntUnaryOperator probe32) {
        long bits = Integer.toUnsignedLong(probe32.applyAsInt(DEFERRED))
            | Integer.toUnsignedLong(probe32.applyAsInt(DEFERRED + 4)) << 32;
        List<Integer> senders = new ArrayList<>();
        for (int sender = 0; sender < CORES; sender++) {
            if ((bits & 1L << sender) != 0) {
                senders.add(sender);
            }
        }
        return senders;
    }

    private static int entry(int sender) {
        return ENTRIES + CommBuffer.LINE * sender;
    }
}
