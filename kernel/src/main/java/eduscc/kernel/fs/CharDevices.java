package eduscc.kernel.fs;

import eduscc.kernel.arch.Hardware;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Operations;
import java.nio.charset.StandardCharsets;

/**
 * The character devices of the kit's /dev and /var (FS_CHARDEVICE nodes). eduOS leaves /dev empty
 * and makes only /var/log; the kit adds the two every Unix course uses.
 */
public final class CharDevices {
    private CharDevices() {
    }

    /** /dev/null: reads find the end at once, writes succeed and go nowhere (nothing is even read). */
    public static VfsNode nullDevice() {
        return new VfsNode(VfsNode.FS_CHARDEVICE) {
            @Override
            public int read(Operations ops, int offset, int buffer, int length) {
                return 0;
            }

            @Override
            public int write(Operations ops, int offset, int buffer, int length) {
                return length;
            }

            @Override
            public boolean writable() {
                return true;
            }
        };
    }

    /**
     * /dev/console: each byte written goes out on the core's console ({@link Hardware#consoleWrite},
     * natively the debug port), as eduOS's write system call prints its buffer with kputs. The SCC
     * core has no keyboard, so a read finds the end.
     */
    public static VfsNode console(Hardware hardware) {
        return new VfsNode(VfsNode.FS_CHARDEVICE) {
            @Override
            public int read(Operations ops, int offset, int buffer, int length) {
                return 0;
            }

            @Override
            public int write(Operations ops, int offset, int buffer, int length) {
                for (int i = 0; i < length; i++) {
                    hardware.consoleWrite(ops.read8(buffer + i));
                }
                return length;
            }

            @Override
            public boolean writable() {
                return true;
            }
        };
    }

    /**
     * /var/log: read-only, everything the core's console has printed so far, read from
     * {@code offset}. eduOS backs it with its kernel message ring (kmsg, 8 KiB in kernel memory);
     * the kit reads the console text the core keeps instead, so the source costs no loads, only the
     * stores into the caller's buffer do.
     */
    public static VfsNode kernelLog(Core core) {
        return new VfsNode(VfsNode.FS_CHARDEVICE) {
            @Override
            public int read(Operations ops, int offset, int buffer, int length) {
                byte[] log = core.consoleText().getBytes(StandardCharsets.ISO_8859_1);
                if (offset >= log.length) {
                    return 0;
                }
                int n = Math.min(length, log.length - offset);
                for (int i = 0; i < n; i++) {
                    ops.write8(buffer + i, log[offset + i]);
                }
                return n;
            }

            @Override
            public int size() {
                return core.consoleText().length();
            }
        };
    }
}
