package eduscc.kernel.fs;

/**
 * An open file: eduOS's {@code fildes_t {node, offset, flags, mode, count}} (fs.h). The offset is
 * where the next read or write starts; {@code count} is how many descriptor slots share this open
 * file (1 until dup or fork share it; a slot closing lowers it).
 */
public final class FileDescriptor {
    private final VfsNode node;
    private final int flags;
    private final int mode;
    private int offset;
    private int count = 1;

    /**
     * @param flags open's flags (the access mode in the low two bits, {@link Fcntl})
     * @param mode  open's mode argument, kept as eduOS keeps it (no file is ever created here)
     */
    public FileDescriptor(VfsNode node, int flags, int mode) {
        this.node = node;
        this.flags = flags;
        this.mode = mode;
    }

    public VfsNode node() {
        return node;
    }

    public int offset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }

    public int flags() {
        return flags;
    }

    public int mode() {
        return mode;
    }

    public int count() {
        return count;
    }

    /** One more slot shares this open file. */
    public void share() {
        count++;
    }

    /** One slot lets go; returns how many still hold it. */
    int release() {
        return --count;
    }
}
