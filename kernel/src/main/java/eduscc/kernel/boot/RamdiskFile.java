package eduscc.kernel.boot;

import java.util.Objects;

/**
 * One file of an initial ramdisk: its name in the mount point (at most 127 bytes of UTF-8) and its
 * bytes. The builder copies the bytes into the image, so the array may be reused afterwards.
 */
public record RamdiskFile(String name, byte[] data) {
    public RamdiskFile {
        Objects.requireNonNull(name, "ramdisk file name");
        Objects.requireNonNull(data, "bytes of ramdisk file " + name);
    }
}
