package eduscc.kernel.boot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * An initial ramdisk in eduOS's format (facts eduOS §9): a header {magic 0x4711, nfiles,
 * mount point[128]} followed by the files. The boot lab ships an empty one mounted at "/"; the
 * file-system issue fills it.
 */
public final class InitialRamdisk {
    public static final int MAGIC = 0x4711;
    public static final int MOUNT_POINT_SIZE = 128;
    /** Where the image builder puts the ramdisk in each core's private memory. */
    public static final int ADDRESS = 0x00400000;

    private InitialRamdisk() {
    }

    public static byte[] empty(String mountPoint) {
        ByteBuffer b = ByteBuffer.allocate(8 + MOUNT_POINT_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC);
        b.putInt(0);
        byte[] name = mountPoint.getBytes(StandardCharsets.US_ASCII);
        b.put(name, 0, Math.min(name.length, MOUNT_POINT_SIZE - 1));
        return b.array();
    }
}
