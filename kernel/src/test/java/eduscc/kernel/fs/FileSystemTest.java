package eduscc.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.user.UserProgram;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The file tree eduOS's initrd_init builds, with a two-file ramdisk mounted into /bin without a copy. */
class FileSystemTest {
    private Kernel kernel;

    private Machine run(byte[] ramdisk, UserProgram program) {
        KernelConfig config = new KernelConfig(100, 0, true, false);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, null, ramdisk, core -> {
            kernel = new Kernel(core, config, k -> k.createUserTask("ls", Priority.NORMAL, program));
            return kernel::boot;
        });
        machine.run();
        return machine;
    }

    private static byte[] twoFiles() {
        return InitialRamdisk.build("/bin", List.of(new RamdiskFile("a.txt", "hi".getBytes()),
            new RamdiskFile("b.bin", new byte[] {1, 2, 3})));
    }

    @Test
    void treeAfterMountHoldsEduosDirectoriesDevicesAndTheRamdiskFiles() {
        try (Machine machine = run(twoFiles(), libc -> libc.open("/", Fcntl.O_RDONLY))) {
            Directory root = kernel.fs().root();
            assertEquals(List.of(".", "..", "bin", "sbin", "dev", "tmp", "var"), root.names());
            assertSame(root, root.finddir("."));
            assertSame(root, root.finddir(".."), "the root is its own parent");
            Directory bin = (Directory) root.finddir("bin");
            assertSame(root, bin.finddir(".."));
            assertEquals(List.of(".", "..", "a.txt", "b.bin"), bin.names());
            assertEquals(List.of(".", "..", "null", "console"), ((Directory) root.finddir("dev")).names());
            assertEquals(List.of(".", "..", "log"), ((Directory) root.finddir("var")).names());
            assertEquals(VfsNode.FS_CHARDEVICE, kernel.fs().findnode("/var/log").type());
            assertEquals(VfsNode.FS_DIRECTORY, kernel.fs().findnode("/tmp").type());
        }
    }

    @Test
    void ramdiskFilesPointAtTheirBytesInTheCoresMemory() {
        try (Machine machine = run(twoFiles(), libc -> libc.open("/", Fcntl.O_RDONLY))) {
            InitrdFile a = (InitrdFile) kernel.fs().findnode("/bin/a.txt");
            InitrdFile b = (InitrdFile) kernel.fs().findnode("/bin/./../bin/b.bin");
            assertEquals(VfsNode.FS_FILE, a.type());
            // data after the 136-byte header and two 136-byte entries: 0x00400000 + 408, then + 2
            assertEquals(0x00400198, a.address());
            assertEquals(2, a.size());
            assertEquals(0x0040019A, b.address());
            assertEquals(3, b.size());
            assertEquals('h', machine.core(0).probePrivate(a.address(), 1), "zero copy: the node reads where the loader put it");
        }
    }

    @Test
    void aMountPointOutsideEduosTreeIsMadeAndABadMagicMountsNothing() {
        byte[] deep = InitialRamdisk.build("/usr/share", List.of(new RamdiskFile("motd", "m".getBytes())));
        try (Machine machine = run(deep, libc -> libc.open("/", Fcntl.O_RDONLY))) {
            assertEquals(VfsNode.FS_FILE, kernel.fs().findnode("/usr/share/motd").type());
        }
        byte[] broken = twoFiles();
        broken[0] = 0x12;
        try (Machine machine = run(broken, libc -> libc.open("/", Fcntl.O_RDONLY))) {
            assertEquals("initrd at 0x00400000: magic 0x00004712 is not 0x4711; nothing mounted\n",
                machine.core(0).consoleText());
            assertEquals(List.of(".", ".."), ((Directory) kernel.fs().findnode("/bin")).names());
        }
    }
}
