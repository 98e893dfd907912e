package eduscc.kernel.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * The fields of one ELF file as unsigned little-endian numbers, and the checks on them. Every
 * read is at an offset the caller has already checked against the file's length, so a check's
 * message, never an index exception, is what a bad file produces.
 */
final class ElfFields {
    private final String name;
    private final ByteBuffer bytes;

    ElfFields(String name, byte[] bytes) {
        this.name = name;
        this.bytes = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    int length() {
        return bytes.capacity();
    }

    int u8(int offset) {
        return Byte.toUnsignedInt(bytes.get(offset));
    }

    int u16(int offset) {
        return Short.toUnsignedInt(bytes.getShort(offset));
    }

    long u32(int offset) {
        return Integer.toUnsignedLong(bytes.getInt(offset));
    }

    /** A copy of {@code length} bytes from {@code offset}, both checked by the caller. */
    byte[] slice(long offset, long length) {
        return Arrays.copyOfRange(bytes.array(), (int) offset, (int) (offset + length));
    }

    void require(boolean holds, String field, String problem) throws ElfFormatException {
        if (!holds) {
            throw new ElfFormatException(name, field, problem);
        }
    }

    /**
     * That {@code field} holds {@code expected}; otherwise the message names both values and what
     * they mean, e.g. {@code e_machine is 62 (x86-64), not 3 (i386)}.
     *
     * @param meaning the name of a value, or null when it has none worth saying
     */
    void expect(String field, long actual, long expected, LongFunction<String> meaning) throws ElfFormatException {
        require(actual == expected, field, String.format(Locale.ROOT, "%s is %s, not %s", field,
                shown(actual, meaning), shown(expected, meaning)));
    }

    private static String shown(long value, LongFunction<String> meaning) {
        String name = meaning.apply(value);
        return name == null ? Long.toString(value) : value + " (" + name + ")";
    }
}
