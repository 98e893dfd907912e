package eduscc.machine.x86.disasm;

/**
 * Where the disassembler reads code from: one byte per address. A raw image read from a file is
 * {@link #of(byte[], long)}; a running core's memory can be one later, without the disassembler
 * knowing the difference.
 *
 * <p>A source answers 0..255, or {@link #NO_BYTE} where there is nothing to read (before or past
 * the end of an image). The disassembler treats a missing byte as the end of the code, so an
 * instruction cut off there comes back as undecodable rather than as an exception.
 */
@FunctionalInterface
public interface ByteSource {
    /** What {@link #byteAt} returns where there is no byte. */
    int NO_BYTE = -1;

    /** The byte at {@code address} as 0..255, or {@link #NO_BYTE}. */
    int byteAt(long address);

    /** The bytes of {@code image}, the first at {@code origin}; a view, so later changes to the array show. */
    static ByteSource of(byte[] image, long origin) {
        return address -> {
            long offset = address - origin;
            return offset >= 0 && offset < image.length ? image[(int) offset] & 0xFF : NO_BYTE;
        };
    }

    /** This source cut to {@code from <= address < to}, so that decoding stops at a range's end. */
    default ByteSource within(long from, long to) {
        return address -> address >= from && address < to ? byteAt(address) : NO_BYTE;
    }
}
