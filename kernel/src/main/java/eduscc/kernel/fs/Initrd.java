package eduscc.kernel.fs;

import eduscc.kernel.boot.InitialRamdisk;
import eduscc.machine.boot.MultibootInfo;
import eduscc.machine.cpu.Operations;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Mounts the initial ramdisk (eduOS fs/initrd.c, {@code initrd_init}'s second half): finds the
 * module in the Multiboot information, checks its magic, and links one {@link InitrdFile} per
 * entry into the mount point, pointing at the bytes where they lie. Every field is read with a
 * charged load, as the C code reads the module; a damaged image is reported on the console and
 * the entries that lie outside the module are skipped, so a student's bad ramdisk never makes the
 * kernel read beyond it. The header layout is drawn in {@link InitialRamdisk}.
 */
final class Initrd {
    private final Operations ops;
    private final Consumer<String> console;

    Initrd(Operations ops, Consumer<String> console) {
        this.ops = ops;
        this.console = console;
    }

    /**
     * Mounts the first Multiboot module, if the boot loader named one.
     *
     * @param bootInfo where the Multiboot information lies (eduOS keeps the pointer from EBX)
     */
    void mount(int bootInfo, Directory root) {
        int flags = ops.read32(bootInfo + MultibootInfo.FLAGS);
        if ((flags & MultibootInfo.FLAG_MODS) == 0 || ops.read32(bootInfo + MultibootInfo.MODS_COUNT) == 0) {
            return;
        }
        int module = ops.read32(bootInfo + MultibootInfo.MODS_ADDR);
        int start = ops.read32(module);
        long end = Integer.toUnsignedLong(ops.read32(module + 4));
        int magic = ops.read32(start);
        if (magic != InitialRamdisk.MAGIC) {
            console.accept(String.format("initrd at 0x%08X: magic 0x%08X is not 0x4711; nothing mounted%n", start, magic));
            return;
        }
        int nfiles = ops.read32(start + 4);
        String mountPoint = string(start + 8, InitialRamdisk.MOUNT_POINT_SIZE);
        Directory directory = mkdirs(root, mountPoint);
        for (int i = 0; i < nfiles; i++) {
            long entry = Integer.toUnsignedLong(start) + InitialRamdisk.HEADER_SIZE + (long) InitialRamdisk.ENTRY_SIZE * i;
            if (entry + InitialRamdisk.ENTRY_SIZE > end) {
                console.accept(String.format("initrd: nfiles says %d, but entry %d lies past the module's end%n", nfiles, i));
                return;
            }
            int length = ops.read32((int) entry);
            int offset = ops.read32((int) entry + 4);
            String name = string((int) entry + 8, InitialRamdisk.NAME_SIZE);
            long data = Integer.toUnsignedLong(start) + Integer.toUnsignedLong(offset);
            if (data + Integer.toUnsignedLong(length) > end || length < 0) {
                console.accept(String.format("initrd: %s lies past the module's end; skipped%n", name));
            } else if (!directory.add(name, new InitrdFile((int) data, length))) {
                console.accept(String.format("initrd: %s/%s exists already; skipped%n", mountPoint, name));
            }
        }
    }

    /** The mount point's directory, made (with those above it) where eduOS's tree has none. */
    private Directory mkdirs(Directory root, String path) {
        Directory directory = root;
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                directory = directory.mkdir(part);
            }
        }
        return directory;
    }

    /** A NUL-terminated char array of {@code size} bytes, one load per byte as strncpy would. */
    private String string(int address, int size) {
        byte[] bytes = new byte[size];
        int n = 0;
        while (n < size - 1) {
            int b = ops.read8(address + n);
            if (b == 0) {
                break;
            }
            bytes[n++] = (byte) b;
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }
}
