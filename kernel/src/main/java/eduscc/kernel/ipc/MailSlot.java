package eduscc.kernel.ipc;

/**
 * A mail slot: one 32-byte line of the receiver's MPB share per sender ({@link CommBuffer#mail}),
 * holding iRCCE's mail header and its payload (facts eduos-metalsvm.md 11.3, facts B.6):
 * <pre>
 *   +0   state    MAIL (1) while a mail waits in the slot, EMPTY (0) once the receiver took it
 *   +4   sender   the sender's pid
 *   +8   tag      what the mail is about
 *   +12  length   payload bytes, 0..16
 *   +16  payload  16 bytes
 * </pre>
 * The sender writes the whole line and only then the fooling line, so the write-combine buffer
 * sends it in one packet (facts A.3): the state arrives together with the mail it announces,
 * unlike RCCE's payload and flag, which are two lines and need two packets in order. The
 * receiver empties the slot by writing the state line back with EMPTY; the sender, before its
 * next mail, reads the state until it sees EMPTY.
 */
final class MailSlot {
    static final int STATE = 0;
    static final int MAIL = 1;
    static final int EMPTY = 0;
    private static final int SENDER = 1;
    private static final int TAG = 2;
    private static final int LENGTH = 3;
    private static final int PAYLOAD = 4;
    private static final int DWORDS = CommBuffer.LINE / 4;

    private MailSlot() {
    }

    /** The eight doublewords of the line that carries {@code mail}, state MAIL. */
    static int[] line(Mail mail) {
        int[] line = new int[DWORDS];
        line[STATE] = MAIL;
        line[SENDER] = mail.sender();
        line[TAG] = mail.tag();
        byte[] payload = mail.payload();
        line[LENGTH] = payload.length;
        for (int i = 0; i < payload.length; i++) {
            line[PAYLOAD + i / 4] |= (payload[i] & 0xFF) << (8 * (i % 4));
        }
        return line;
    }

    /** Whether a line read from a slot holds a mail not yet taken. */
    static boolean holdsMail(int[] line) {
        return line[STATE] == MAIL;
    }

    /** The mail in a line of state MAIL. */
    static Mail mail(int[] line) {
        int length = Math.max(0, Math.min(Mail.MAX_PAYLOAD, line[LENGTH]));
        byte[] payload = new byte[length];
        for (int i = 0; i < length; i++) {
            payload[i] = (byte) (line[PAYLOAD + i / 4] >>> (8 * (i % 4)));
        }
        return new Mail(line[SENDER], line[TAG], payload);
    }
}
