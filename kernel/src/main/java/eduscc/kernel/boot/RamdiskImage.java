package eduscc.kernel.boot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An initial ramdisk read back on the host (layout in {@link InitialRamdisk}): what the boot
 * tools check before they place a student's image, and what tests compare. Every field is checked,
 * so a damaged image is refused with the field and the entry named instead of booting a kernel
 * that would read past its end.
 *
 * @param mountPoint where the kernel mounts the files
 * @param files      the files in the order of their entries
 * @param offsets    each file's offset from the header, in the same order
 */
public record RamdiskImage(String mountPoint, List<RamdiskFile> files, List<Integer> offsets) {

    /**
     * @param label how errors name the image (a file name)
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static RamdiskImage read(byte[] image, String label) {
        if (image.length < InitialRamdisk.HEADER_SIZE) {
            throw bad(label, "is " + image.length + " bytes, shorter than the " + InitialRamdisk.HEADER_SIZE + "-byte header");
        }
        if (image.length > InitialRamdisk.MAX_SIZE) {
            throw bad(label, "is " + image.length + " bytes; a ramdisk is at most " + InitialRamdisk.MAX_SIZE);
        }
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != InitialRamdisk.MAGIC) {
            throw bad(label, String.format("magic is 0x%08X, not 0x4711: not an eduOS initrd", b.getInt(0)));
        }
        int nfiles = b.getInt(4);
        long tableEnd = InitialRamdisk.HEADER_SIZE + (long) InitialRamdisk.ENTRY_SIZE * Integer.toUnsignedLong(nfiles);
        if (nfiles < 0 || tableEnd > image.length) {
            throw bad(label, "nfiles is " + Integer.toUnsignedString(nfiles) + ", but " + image.length
                + " bytes hold fewer entries");
        }
        String mountPoint = string(image, 8, InitialRamdisk.MOUNT_POINT_SIZE, label, "mount_point");
        List<RamdiskFile> files = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < nfiles; i++) {
            int entry = InitialRamdisk.HEADER_SIZE + InitialRamdisk.ENTRY_SIZE * i;
            String name = string(image, entry + 8, InitialRamdisk.NAME_SIZE, label, "fname of entry " + i);
            long length = Integer.toUnsignedLong(b.getInt(entry));
            long offset = Integer.toUnsignedLong(b.getInt(entry + 4));
            if (offset + length > image.length) {
                throw bad(label, "file '" + name + "' (entry " + i + ") runs from offset " + offset + " for " + length
                    + " bytes, past the image's end at " + image.length);
            }
            files.add(new RamdiskFile(name, Arrays.copyOfRange(image, (int) offset, (int) (offset + length))));
            offsets.add((int) offset);
        }
        return new RamdiskImage(mountPoint, List.copyOf(files), List.copyOf(offsets));
    }

    /** The NUL-terminated string of a fixed-size field; a field without a NUL is refused. */
    private static String string(byte[] image, int at, int size, String label, String field) {
        for (int i = 0; i < size; i++) {
            if (image[at + i] == 0) {
                return new String(image, at, i, StandardCharsets.UTF_8);
            }
        }
        throw bad(label, field + " has no NUL in its " + size + " bytes");
    }

    private static IllegalArgumentException bad(String label, String what) {
        return new IllegalArgumentException("initrd " + label + ": " + what);
    }
}
