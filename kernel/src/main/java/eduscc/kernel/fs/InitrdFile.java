package eduscc.kernel.fs;

import eduscc.machine.cpu.Operations;

/**
 * A file of the initial ramdisk (eduOS fs/initrd.c): mounted with zero copying. eduOS points the
 * node's first data block into the Multiboot module; this node keeps the address and length of
 * the file's bytes where the boot loader left them in the core's memory, and a read copies from
 * there straight into the caller's buffer. The ramdisk is read-only here (eduOS's initrd_write
 * could overwrite a file in place; the kit's programs have no need to).
 */
public final class InitrdFile extends VfsNode {
    private final int address;
    private final int length;

    /**
     * @param address where the file's first byte lies in the core's memory
     * @param length  its length in bytes
     */
    public InitrdFile(int address, int length) {
        super(FS_FILE);
        this.address = address;
        this.length = length;
    }

    @Override
    public int read(Operations ops, int offset, int buffer, int count) {
        if (offset >= length) {
            return 0;
        }
        int n = Math.min(count, length - offset);
        for (int i = 0; i < n; i++) {
            ops.write8(buffer + i, ops.read8(address + offset + i));
        }
        return n;
    }

    @Override
    public int size() {
        return length;
    }

    /** Where the file's bytes lie (the debugger's memory view can show them). */
    public int address() {
        return address;
    }
}
