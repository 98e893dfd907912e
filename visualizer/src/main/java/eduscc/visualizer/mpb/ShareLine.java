package eduscc.visualizer.mpb;

import eduscc.kernel.ipc.CommBuffer;
import eduscc.kernel.ipc.MessagingMappings;
import java.util.ArrayList;
import java.util.List;

/**
 * One 32-byte line of a core's MPB share, named by RCCE's layout ({@link CommBuffer}) for the
 * lab's world: which flag or slot it is, and which partner core (by pid) writes it. Every share
 * has the same layout, so the same list names the lines of any unit's share.
 *
 * @param offset  the line's first byte in the share
 * @param kind    what the line is
 * @param partner the pid the line belongs to (sent, ready and mail lines), else -1
 * @param name    e.g. "sent[47]": the kind and the partner's pid
 * @param meaning what a value in it says, in words, e.g. "core 47 has put a chunk for me"
 */
public record ShareLine(int offset, Kind kind, int partner, String name, String meaning) {

    /** The kinds of line in RCCE's share, in the order they lie. */
    public enum Kind { FOOLING, SENT, READY, GATHER, RELEASE, MAIL, PAYLOAD;

        /** A flag: one whole line with its value in the first doubleword (facts B.1). */
        public boolean isFlag() {
            return this == SENT || this == READY || this == GATHER || this == RELEASE;
        }
    }

    /** The lines of a share for the world {@code pids} (in rank order), the payload last as one line. */
    public static List<ShareLine> of(List<Integer> pids) {
        CommBuffer layout = new CommBuffer(pids.size());
        List<ShareLine> lines = new ArrayList<>();
        lines.add(new ShareLine(CommBuffer.FOOL_LINE, Kind.FOOLING, -1, "fooling line",
            "a store here after every put drains the write-combine buffer"));
        for (int r = 0; r < pids.size(); r++) {
            int pid = pids.get(r);
            lines.add(new ShareLine(layout.sent(r), Kind.SENT, pid, "sent[" + pid + "]",
                "core " + pid + " has put a chunk in its payload for me"));
        }
        for (int r = 0; r < pids.size(); r++) {
            int pid = pids.get(r);
            lines.add(new ShareLine(layout.ready(r), Kind.READY, pid, "ready[" + pid + "]",
                "core " + pid + " has taken the chunk I put"));
        }
        lines.add(new ShareLine(layout.gather(), Kind.GATHER, -1, "gather",
            "I arrived at the barrier (flips 1, 0, 1, ... each barrier)"));
        lines.add(new ShareLine(layout.release(), Kind.RELEASE, -1, "release",
            "core " + pids.get(0) + " released the barrier (flips as gather)"));
        for (int r = 0; r < pids.size(); r++) {
            int pid = pids.get(r);
            lines.add(new ShareLine(layout.mail(r), Kind.MAIL, pid, "mail[" + pid + "]", "core " + pid + "'s mail slot"));
        }
        lines.add(new ShareLine(layout.payload(), Kind.PAYLOAD, -1, "payload",
            layout.chunk() + " bytes: one chunk of a message"));
        return List.copyOf(lines);
    }

    /** The line of the share at {@code offset} (0..8191) in {@code lines}: the payload for any offset past the slots. */
    public static ShareLine at(List<ShareLine> lines, int offset) {
        if (offset < 0 || offset >= MessagingMappings.SHARE_SIZE) {
            throw new IllegalArgumentException("offset " + offset + " is outside an 8 KiB share");
        }
        ShareLine found = lines.get(0);
        for (ShareLine line : lines) {
            if (line.offset() <= offset) {
                found = line;
            }
        }
        return found;
    }
}
