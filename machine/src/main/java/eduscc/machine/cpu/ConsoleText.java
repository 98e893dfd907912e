package eduscc.machine.cpu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The bytes a core wrote to its debug port 0xE9, kept within a fixed size however long the run:
 * the first {@link #HEAD} bytes (the boot messages a student looks for) and the last {@link #TAIL}
 * (what the core says now), with a marker that counts the bytes left out between them. A program
 * that prints in a loop for a billion cycles therefore costs 64 KiB, not gigabytes; the trace
 * still has every byte's event for whoever streams it to a file.
 */
public final class ConsoleText {
    /** Bytes kept from the start of the output. */
    public static final int HEAD = 16 * 1024;
    /** Bytes kept from the end of the output. */
    public static final int TAIL = 48 * 1024;

    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    /** Allocated when the head is full: most cores never print that much. */
    private byte[] tail;
    /** Bytes written since the head filled up; the last min(afterHead, TAIL) are in {@link #tail}. */
    private long afterHead;

    /** One byte written to the port (the low eight bits of {@code b}). */
    public void append(int b) {
        if (head.size() < HEAD) {
            head.write(b);
            return;
        }
        if (tail == null) {
            tail = new byte[TAIL];
        }
        tail[(int) (afterHead % TAIL)] = (byte) b;
        afterHead++;
    }

    /** Every byte written so far, kept or not. */
    public long written() {
        return head.size() + afterHead;
    }

    /** Bytes between the head and the tail that were not kept. */
    public long leftOut() {
        return Math.max(0, afterHead - TAIL);
    }

    /** The head, the marker if anything was left out, and the tail, each byte one character (ISO 8859-1). */
    public String text() {
        return text(StandardCharsets.ISO_8859_1);
    }

    /** The same, with the bytes decoded in {@code charset} (a lab's console is UTF-8). */
    public String text(Charset charset) {
        StringBuilder text = new StringBuilder(head.toString(charset));
        if (leftOut() > 0) {
            text.append("\n[... ").append(leftOut()).append(" bytes left out ...]\n");
        }
        long kept = Math.min(afterHead, TAIL);
        byte[] end = new byte[(int) kept];
        for (int i = 0; i < kept; i++) {
            end[i] = tail[(int) ((afterHead - kept + i) % TAIL)];
        }
        return text.append(new String(end, charset)).toString();
    }
}
