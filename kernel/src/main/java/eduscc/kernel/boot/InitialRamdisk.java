package eduscc.kernel.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kit's {@code make_initrd} (eduOS tools/make_initrd.c, facts eduOS §9): packs files into an
 * initial ramdisk in eduOS's format. The picture, all numbers little-endian, every offset counted
 * from the first byte of the header:
 *
 * <pre>
 *   +0    uint32 magic = 0x4711
 *   +4    uint32 nfiles
 *   +8    char   mount_point[128]         NUL-terminated
 *   +136  nfiles x { uint32 length; uint32 offset; char fname[128] }   136 bytes each
 *   ...   the files' bytes, one after the other, in the order of the entries
 * </pre>
 *
 * The boot loader places the image at {@link #ADDRESS} and names it in the Multiboot module list;
 * the kernel's file system reads the files where they lie ({@code eduscc.kernel.fs}).
 * {@link RamdiskImage} reads an image back.
 */
public final class InitialRamdisk {
    public static final int MAGIC = 0x4711;
    public static final int MOUNT_POINT_SIZE = 128;
    /** A name field holds 127 bytes and the NUL that ends them. */
    public static final int NAME_SIZE = 128;
    public static final int MAX_NAME_BYTES = NAME_SIZE - 1;
    /** magic, nfiles, mount_point. */
    public static final int HEADER_SIZE = 4 + 4 + MOUNT_POINT_SIZE;
    /** length, offset, fname. */
    public static final int ENTRY_SIZE = 4 + 4 + NAME_SIZE;
    /** Where the image builder puts the ramdisk in each core's private memory. */
    public static final int ADDRESS = 0x00400000;
    /**
     * The kit's limit: 4 MiB, from {@link #ADDRESS} up to the user stacks at 0x00800000
     * ({@code KernelLayout.USER_STACKS}), which a larger image would overwrite.
     */
    public static final int MAX_SIZE = 4 * 1024 * 1024;
    /** The kit's choice of mount point for a student's folder (eduOS's Makefile names its own). */
    public static final String DEFAULT_MOUNT_POINT = "/bin";

    private InitialRamdisk() {
    }

    /** A ramdisk with no files, mounted at {@code mountPoint} (the boot lab's). */
    public static byte[] empty(String mountPoint) {
        return build(mountPoint, List.of());
    }

    /**
     * The image of {@code files}, in the order given.
     *
     * @throws IllegalArgumentException naming the file whose name is empty, holds '/' or a NUL, is
     *                                  longer than 127 bytes or repeats another; or when the image
     *                                  would exceed {@link #MAX_SIZE}
     */
    public static byte[] build(String mountPoint, List<RamdiskFile> files) {
        byte[] mount = checkMountPoint(mountPoint);
        long size = HEADER_SIZE + (long) ENTRY_SIZE * files.size();
        Set<String> names = new HashSet<>();
        for (RamdiskFile file : files) {
            checkName(file.name());
            if (!names.add(file.name())) {
                throw new IllegalArgumentException("initrd: two files are named '" + file.name() + "'");
            }
            size += file.data().length;
        }
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException("initrd: " + size + " bytes is more than the " + MAX_SIZE
                + " bytes between 0x00400000 and the user stacks at 0x00800000");
        }
        ByteBuffer image = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        image.putInt(MAGIC).putInt(files.size()).put(mount);
        int offset = HEADER_SIZE + ENTRY_SIZE * files.size();
        for (int i = 0; i < files.size(); i++) {
            RamdiskFile file = files.get(i);
            int entry = HEADER_SIZE + ENTRY_SIZE * i;
            image.putInt(entry, file.data().length).putInt(entry + 4, offset);
            image.put(entry + 8, file.name().getBytes(StandardCharsets.UTF_8));
            image.put(offset, file.data());
            offset += file.data().length;
        }
        return image.array();
    }

    /**
     * The image of every regular file in {@code folder}, sorted by name so that the same folder
     * always gives the same bytes, whatever order the host's file system lists it in.
     *
     * @throws IllegalArgumentException when the folder is missing, holds a sub-folder (the format is
     *                                  flat) or a file with a bad name, or a file cannot be read
     */
    public static byte[] fromFolder(Path folder, String mountPoint) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("initrd: " + folder + ": no such folder");
        }
        List<Path> paths;
        try (Stream<Path> listing = Files.list(folder)) {
            paths = listing.sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("initrd: " + folder + ": cannot list it (" + e.getMessage() + ")");
        }
        List<RamdiskFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("initrd: " + path + " is not a regular file; the ramdisk is flat"
                    + " (eduOS's make_initrd packs files only)");
            }
            checkName(path.getFileName().toString());
            try {
                files.add(new RamdiskFile(path.getFileName().toString(), Files.readAllBytes(path)));
            } catch (IOException e) {
                throw new UncheckedIOException("initrd: cannot read " + path, e);
            }
        }
        return build(mountPoint, files);
    }

    private static byte[] checkMountPoint(String mountPoint) {
        byte[] bytes = mountPoint.getBytes(StandardCharsets.UTF_8);
        if (!mountPoint.startsWith("/") || mountPoint.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("initrd: mount point '" + mountPoint + "' must be an absolute path");
        }
        if (bytes.length > MOUNT_POINT_SIZE - 1) {
            throw new IllegalArgumentException("initrd: mount point '" + mountPoint + "' is " + bytes.length
                + " bytes; mount_point[128] holds at most 127");
        }
        return java.util.Arrays.copyOf(bytes, MOUNT_POINT_SIZE);
    }

    private static void checkName(String name) {
        int length = name.getBytes(StandardCharsets.UTF_8).length;
        if (length == 0 || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("initrd: file '" + name + "': a name must be non-empty, without '/' or NUL");
        }
        if (length > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("initrd: file '" + name + "': its name is " + length
                + " bytes; fname[128] holds at most " + MAX_NAME_BYTES);
        }
    }
}
