package eduscc.exercises.observing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Why the student's code cannot write the child JVM's report. The report travels on the child's
 * standard output, one line per {@link Frame}:
 * <pre>
 *   eduscc-report SEQ BASE64(JSON of the frame) HMAC-SHA256(key, "SEQ BASE64")
 * </pre>
 * The key is fresh for every grading, made by the grader and handed to the child on its standard
 * input (never on the command line, which any code in the child can read back) before any student
 * code is loaded. Code that prints (through {@code System.out}, the raw file descriptor or
 * {@code /proc/self/fd/1}) writes lines the grader ignores; it cannot seal one without the key,
 * and the sequence number stops it from replaying or dropping a sealed one. The key lives only in
 * the {@link Mac} (inside {@code java.base}, closed to reflection) and in no field the student's
 * code can reach.
 *
 * <p>What this does not stop: code that reads the child's memory through the operating system
 * ({@code /proc/self/mem}). The child is a separate JVM, not an operating-system sandbox.
 */
public final class FrameSeal {
    /** Every report line starts with this; other lines on the child's standard output are the student's. */
    public static final String PREFIX = "eduscc-report ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Mac mac;

    /** @param key the grading's secret; the caller wipes its copy */
    public FrameSeal(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no HmacSHA256, which every Java SE has", e);
        }
    }

    /** The report line for the {@code seq}-th frame, without a line break. */
    public synchronized String seal(long seq, Frame frame) {
        try {
            String body = Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(frame));
            return PREFIX + seq + " " + body + " " + tag(seq + " " + body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write frame " + frame.type(), e);
        }
    }

    /**
     * Opens a line from the child's standard output.
     *
     * @return the frame, or null if the line is not a report line sealed with this key (the
     *     student's printing, or a report line the student's printing broke)
     * @throws IllegalStateException if the line is sealed but is not the {@code expectedSeq}-th:
     *     a sealed line was dropped, repeated or moved
     */
    public synchronized Frame open(long expectedSeq, String line) {
        if (!line.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = line.substring(PREFIX.length()).split(" ", -1);
        if (parts.length != 3 || !tag(parts[0] + " " + parts[1]).equals(parts[2])) {
            return null;
        }
        if (!parts[0].equals(Long.toString(expectedSeq))) {
            throw new IllegalStateException("report line " + parts[0] + " came where line " + expectedSeq
                + " was due");
        }
        try {
            return JSON.readValue(Base64.getDecoder().decode(parts[1]), Frame.class);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("report line " + expectedSeq + " is sealed but unreadable: " + e, e);
        }
    }

    private String tag(String text) {
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
    }
}
