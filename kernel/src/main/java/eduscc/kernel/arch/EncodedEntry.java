package eduscc.kernel.arch;

/**
 * The 8 bytes an encoder ({@link GdtEncoder}, {@link GateEncoder}) gave for one table entry, as
 * the one little-endian value the hardware layer stores: byte i is bits 8i..8i+7 (SDM Vol. 3A
 * §3.4.5). An encoder is an exercise's plug-in, so what it gave is checked here, and a wrong
 * answer stops the kernel with a sentence that names the encoder and the entry.
 */
final class EncodedEntry {
    static final int SIZE = 8;

    private EncodedEntry() {
    }

    /**
     * @param encoder the encoder that made {@code bytes}, for the message
     * @param entry   which entry it is, e.g. "GDT entry 3"
     * @throws IllegalStateException if {@code bytes} is not 8 bytes long
     */
    static long of(byte[] bytes, Object encoder, String entry) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalStateException(encoder.getClass().getSimpleName() + " gave "
                + (bytes == null ? "null" : bytes.length + " bytes") + " for " + entry + "; a descriptor is " + SIZE + " bytes");
        }
        long value = 0;
        for (int i = 0; i < SIZE; i++) {
            value |= (bytes[i] & 0xFFL) << (8 * i);
        }
        return value;
    }
}
