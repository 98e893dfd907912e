package eduscc.kernel.fs;

import eduscc.kernel.sys.SyscallNumbers;
import eduscc.machine.cpu.Operations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A directory node (eduOS's FS_DIRECTORY with its {@code dir_block_t} of {@code dirent_t}
 * entries): names mapped to nodes, in the order they were made, as readdir lists them. Like
 * eduOS's, every directory holds {@code .} (itself) and {@code ..} (its parent; the root's parent
 * is the root), so path lookup needs no special case for either.
 */
public final class Directory extends VfsNode {
    private final Map<String, VfsNode> entries = new LinkedHashMap<>();

    /** The root: its {@code ..} is itself. */
    public Directory() {
        this(null);
    }

    private Directory(Directory parent) {
        super(FS_DIRECTORY);
        entries.put(".", this);
        entries.put("..", parent == null ? this : parent);
    }

    /** finddir_fs: the node called {@code name} here, or null. */
    public VfsNode finddir(String name) {
        return entries.get(name);
    }

    /** mkdir_fs: a new, empty directory called {@code name}, or the one already there. */
    public Directory mkdir(String name) {
        VfsNode existing = entries.get(name);
        if (existing instanceof Directory directory) {
            return directory;
        }
        if (existing != null) {
            throw new IllegalArgumentException("cannot make directory '" + name + "': a file of that name exists");
        }
        Directory child = new Directory(this);
        entries.put(name, child);
        return child;
    }

    /**
     * Links {@code node} as {@code name}.
     *
     * @return false, changing nothing, when the name is taken
     */
    public boolean add(String name, VfsNode node) {
        return entries.putIfAbsent(name, node) == null;
    }

    /** readdir_fs for every index: the names in order, {@code .} and {@code ..} first. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /** A directory is no stream of bytes: read(2) on it fails as on Linux. */
    @Override
    public int read(Operations ops, int offset, int buffer, int length) {
        return -SyscallNumbers.EISDIR;
    }

    @Override
    public int write(Operations ops, int offset, int buffer, int length) {
        return -SyscallNumbers.EISDIR;
    }
}
