package eduscc.machine.boot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * The Multiboot header a kernel image carries so that a loader recognises it (Multiboot
 * specification 0.6.96 §3.1.1; eduOS puts it in its .mboot section, facts eduOS §6): magic
 * 0x1BADB002, the flags the kernel asks for, and a checksum that makes the three add up to zero.
 * A loader looks for it 4-byte aligned within the first 8 KiB of the image.
 */
public record MultibootHeader(int offset, int magic, int flags, int checksum) {
    public static final int MAGIC = 0x1BADB002;
    /** What the loader leaves in EAX for the kernel. */
    public static final int BOOTLOADER_MAGIC = 0x2BADB002;
    public static final int SEARCH_LIMIT = 8192;

    /** The three words sum to zero modulo 2^32. */
    public boolean valid() {
        return magic == MAGIC && magic + flags + checksum == 0;
    }

    /** The first valid header within the search window, as a loader would find it. */
    public static Optional<MultibootHeader> find(byte[] image) {
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        int end = Math.min(image.length, SEARCH_LIMIT) - 12;
        for (int at = 0; at <= end; at += 4) {
            MultibootHeader h = new MultibootHeader(at, b.getInt(at), b.getInt(at + 4), b.getInt(at + 8));
            if (h.valid()) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
