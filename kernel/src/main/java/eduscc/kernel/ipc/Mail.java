package eduscc.kernel.ipc;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One mail of MetalSVM's mailbox system: iRCCE's mailbox extension puts a header (sender, tag,
 * length) and a small payload into one 32-byte line (facts eduos-metalsvm.md 11.3, facts B.6).
 * This is the mail as the kernel hands it to a task; {@link MailSlot} is the same mail as bytes
 * in a line of the MPB.
 *
 * @param sender  the pid of the core that sent it
 * @param tag     what the mail is about, the sender's and receiver's agreement (iRCCE's tag)
 * @param payload up to {@link #MAX_PAYLOAD} bytes
 */
public record Mail(int sender, int tag, byte[] payload) {
    /** What is left of the line after the four header doublewords. */
    public static final int MAX_PAYLOAD = 16;

    public Mail {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("a mail carries at most " + MAX_PAYLOAD + " bytes in its line, got "
                + payload.length);
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload as text (a lab's mail carries a short string). */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mail m && m.sender == sender && m.tag == tag && Arrays.equals(m.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * sender + tag) + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "mail " + tag + " from core " + sender + " (" + payload.length + " bytes)";
    }
}
