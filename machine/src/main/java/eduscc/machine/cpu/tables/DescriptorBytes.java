package eduscc.machine.cpu.tables;

/**
 * The 8-byte slot every GDT, LDT and IDT entry occupies (SDM Vol. 3A §3.4.5 and §6.11). The x86
 * stores it little-endian, so byte i of the slot is bits 8i..8i+7 of one 64-bit value; segment and
 * gate descriptors therefore both compute a {@code long} and share this conversion.
 */
final class DescriptorBytes {

    /** Every descriptor is 8 bytes; this is also why a selector's index is multiplied by 8. */
    static final int SIZE = 8;

    private DescriptorBytes() {
    }

    static byte[] toBytes(long descriptor) {
        byte[] bytes = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            bytes[i] = (byte) (descriptor >>> (8 * i));
        }
        return bytes;
    }

    /**
     * @param what names the kind of descriptor, so a short table dump says what was being read
     * @throws IllegalArgumentException if fewer than 8 bytes are available at {@code offset}
     */
    static long fromBytes(byte[] bytes, int offset, String what) {
        if (bytes == null || offset < 0 || offset > bytes.length - SIZE) {
            throw new IllegalArgumentException(String.format("%s at offset %d needs %d bytes, but the array holds %s",
                    what, offset, SIZE, bytes == null ? "nothing" : bytes.length + " bytes"));
        }
        long value = 0;
        for (int i = 0; i < SIZE; i++) {
            value |= (bytes[offset + i] & 0xFFL) << (8 * i);
        }
        return value;
    }
}
