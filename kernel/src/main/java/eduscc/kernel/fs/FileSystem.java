package eduscc.kernel.fs;

import eduscc.kernel.arch.Hardware;
import eduscc.machine.boot.MultibootInfo;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;

/**
 * One kernel's file tree (eduOS fs/fs.c and {@code initrd_init}): the root with {@code .} and
 * {@code ..}, the directories /bin /sbin /dev /tmp /var that eduOS makes, the devices /dev/null,
 * /dev/console and /var/log, and the files of the initial ramdisk at its mount point.
 *
 * <pre>
 *   /            . ..
 *   ├── bin/     (the kit's ramdisks mount here unless told otherwise)
 *   ├── sbin/
 *   ├── dev/     null  console
 *   ├── tmp/
 *   └── var/     log   (read-only: the core's console output)
 * </pre>
 *
 * <p>A kit decision: the directories and devices are made at boot (Java objects, no cost, as
 * eduOS's kmalloc'ed nodes would be had they been free), but the ramdisk is mounted at the first
 * path lookup, because mounting reads the Multiboot information and the ramdisk's header with
 * charged loads: a lab that opens no file thus runs cycle for cycle as it did before the kernel had
 * a file system.
 */
public final class FileSystem {
    private final Directory root = new Directory();
    private final VfsNode console;
    private final Operations ops;
    private final Hardware hardware;
    private boolean mounted;

    /** @param hardware where the console's bytes go ({@link Hardware#consoleWrite}) */
    public FileSystem(Core core, Hardware hardware) {
        this.ops = core.ops();
        this.hardware = hardware;
        this.console = CharDevices.console(hardware);
        for (String name : new String[] {"bin", "sbin", "dev", "tmp", "var"}) {
            root.mkdir(name);
        }
        Directory dev = (Directory) root.finddir("dev");
        dev.add("null", CharDevices.nullDevice());
        dev.add("console", console);
        ((Directory) root.finddir("var")).add("log", CharDevices.kernelLog(core));
    }

    /**
     * findnode_fs: the node at {@code path}, or null. Paths are absolute (eduOS tasks have no
     * working directory; a relative path is looked up from the root); empty components are
     * skipped, and {@code .} and {@code ..} are ordinary directory entries.
     */
    public VfsNode findnode(String path) {
        mountInitrd();
        if (path.isEmpty()) {
            return null;
        }
        VfsNode node = root;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!(node instanceof Directory directory)) {
                return null;
            }
            node = directory.finddir(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * Mounts the ramdisk the boot loader named, once, on the running core. eduOS keeps the pointer
     * the boot loader left in EBX; the kit's loader always puts the information at
     * {@link MultibootInfo#ADDRESS}, so the kernel reads it there.
     */
    private void mountInitrd() {
        if (!mounted) {
            mounted = true;
            new Initrd(ops, this::print).mount(MultibootInfo.ADDRESS, root);
        }
    }

    private void print(String text) {
        for (int i = 0; i < text.length(); i++) {
            hardware.consoleWrite(text.charAt(i));
        }
    }

    public Directory root() {
        return root;
    }

    /** /dev/console, where every process's stdin, stdout and stderr start. */
    public VfsNode console() {
        return console;
    }
}
