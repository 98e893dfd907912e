package eduscc.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.fs.Fcntl;
import eduscc.kernel.fs.FileDescriptorTable;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.user.UserProgram;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.trace.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** open, read, write, close and lseek from ring 3, on the ramdisk, /dev/null and /dev/console. */
class FileSyscallsTest {
    /** 300 bytes, each different from its neighbours: byte i is 7i + 3 (mod 256). */
    private static final byte[] DATA = new byte[300];

    static {
        for (int i = 0; i < DATA.length; i++) {
            DATA[i] = (byte) (7 * i + 3);
        }
    }

    private Machine run(UserProgram program) {
        byte[] ramdisk = InitialRamdisk.build("/bin", List.of(new RamdiskFile("data", DATA),
            new RamdiskFile("motd", "welcome\n".getBytes())));
        KernelConfig config = new KernelConfig(100, 0, true, false);
        Machine machine = SccBoot.boot(List.of(CoreId.of(0)), MachineConfig.DEFAULT, null, ramdisk,
            core -> new Kernel(core, config, k -> k.createUserTask("cat", Priority.NORMAL, program))::boot);
        machine.run();
        return machine;
    }

    @Test
    void readingARamdiskFileInChunksGivesEveryByteAndThenTheEnd() {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int[] results = new int[3];
        try (Machine machine = run(libc -> {
            int fd = libc.open("/bin/data", Fcntl.O_RDONLY);
            results[0] = fd;
            byte[] chunk = new byte[64];
            int n;
            while ((n = libc.read(fd, chunk)) > 0) {
                read.write(chunk, 0, n);
            }
            results[1] = n;
            results[2] = libc.close(fd);
        })) {
            assertEquals(3, results[0], "the first descriptor after stdin, stdout and stderr");
            assertArrayEquals(DATA, read.toByteArray(), "four reads of 64 bytes and one of 44");
            assertEquals(0, results[1], "a read at the end returns 0");
            assertEquals(0, results[2]);
        }
    }

    @Test
    void lseekMovesTheOffsetFromStartCurrentAndEnd() {
        try (Machine machine = run(libc -> {
            int fd = libc.open("/bin/data", Fcntl.O_RDONLY);
            byte[] one = new byte[1];
            StringBuilder seen = new StringBuilder();
            seen.append(libc.lseek(fd, 100, Fcntl.SEEK_SET)).append(' ');
            libc.read(fd, one);
            seen.append(one[0] & 0xFF).append(' ');
            seen.append(libc.lseek(fd, 10, Fcntl.SEEK_CUR)).append(' ');
            libc.read(fd, one);
            seen.append(one[0] & 0xFF).append(' ');
            seen.append(libc.lseek(fd, -1, Fcntl.SEEK_END)).append(' ');
            libc.read(fd, one);
            seen.append(one[0] & 0xFF).append(' ');
            seen.append(libc.lseek(fd, 50, Fcntl.SEEK_END)).append(' ');
            seen.append(libc.read(fd, one)).append('\n');
            libc.write(1, seen.toString());
        })) {
            // byte 100 = 703 mod 256 = 191; byte 111 = 780 mod 256 = 12; byte 299 = 2096 mod 256 = 48
            assertEquals("100 191 111 12 299 48 350 0\n", machine.core(0).consoleText());
        }
    }

    @Test
    void devNullSwallowsWritesAndConsoleWritesPrint() {
        try (Machine machine = run(libc -> {
            int nul = libc.open("/dev/null", Fcntl.O_RDWR);
            int console = libc.open("/dev/console", Fcntl.O_WRONLY);
            libc.write(2, "stderr ");
            int swallowed = libc.write(nul, "into the void");
            int readNull = libc.read(nul, new byte[8]);
            int readStdin = libc.read(0, new byte[8]);
            libc.write(console, "console fd " + console + ": null took " + swallowed + ", gave " + readNull
                + ", stdin gave " + readStdin + "\n");
        })) {
            assertEquals("stderr console fd 4: null took 13, gave 0, stdin gave 0\n", machine.core(0).consoleText());
        }
    }

    @Test
    void stdoutIsTheConsoleFromTheStart() {
        try (Machine machine = run(libc -> libc.write(1, "hello\n"))) {
            List<TraceEvent.SystemCall> calls = machine.trace().events(TraceEvent.SystemCall.class);
            assertEquals(List.of("write", "exit"), calls.stream().map(TraceEvent.SystemCall::name).toList());
            assertEquals(6, calls.get(0).result());
            assertEquals("hello\n", machine.core(0).consoleText());
        }
    }

    @Test
    void eachMistakeGivesItsErrno() {
        try (Machine machine = run(libc -> {
            int data = libc.open("/bin/data", Fcntl.O_RDONLY);
            int[] errors = {
                libc.open("/bin/missing", Fcntl.O_RDONLY),                                   // ENOENT 2
                libc.open("/bin/data/x", Fcntl.O_RDONLY),                                    // ENOENT 2
                libc.read(42, new byte[1]),                                                  // EBADF 9
                libc.rawSyscall(SyscallNumbers.WRITE, data, KernelLayout.USER_STACKS, 1),    // EBADF 9: read-only
                libc.close(-1),                                                              // EBADF 9
                libc.open("/bin/data", Fcntl.O_WRONLY),                                      // EACCES 13
                libc.rawSyscall(SyscallNumbers.READ, data, KernelLayout.GDT, 8),             // EFAULT 14
                libc.rawSyscall(SyscallNumbers.OPEN, KernelLayout.GDT, Fcntl.O_RDONLY, 0),   // EFAULT 14
                libc.open("/bin", Fcntl.O_RDWR),                                             // EISDIR 21
                libc.read(libc.open("/bin", Fcntl.O_RDONLY), new byte[1]),                   // EISDIR 21
                libc.lseek(data, 0, 7),                                                      // EINVAL 22
                libc.lseek(data, -1, Fcntl.SEEK_SET),                                        // EINVAL 22
                libc.open("/bin/data", 3),                                                   // EINVAL 22
                libc.rawSyscall(SyscallNumbers.READ, data, KernelLayout.USER_STACKS, -1),    // EINVAL 22
                libc.open("/" + "x".repeat(300), Fcntl.O_RDONLY),                            // ENAMETOOLONG 36
            };
            StringBuilder line = new StringBuilder();
            for (int error : errors) {
                line.append(error).append(' ');
            }
            libc.write(1, line.toString().strip() + "\n");
        })) {
            assertEquals("-2 -2 -9 -9 -9 -13 -14 -14 -21 -21 -22 -22 -22 -22 -36\n", machine.core(0).consoleText());
        }
    }

    @Test
    void theHundredAndFirstOpenFileIsEmfileAndCloseFreesTheLowestSlot() {
        try (Machine machine = run(libc -> {
            int last = 0;
            for (int i = 3; i < FileDescriptorTable.NR_OPEN; i++) {
                last = libc.open("/bin/motd", Fcntl.O_RDONLY);
            }
            int full = libc.open("/bin/motd", Fcntl.O_RDONLY);
            libc.close(1);
            int reused = libc.open("/dev/console", Fcntl.O_WRONLY);
            libc.write(reused, last + " " + full + " " + reused + "\n");
        })) {
            assertEquals("99 -24 1\n", machine.core(0).consoleText());
        }
    }

    @Test
    void theSameFileProgramTwiceGivesTheSameTraceAndCycles() {
        UserProgram cat = libc -> {
            int fd = libc.open("/bin/motd", Fcntl.O_RDONLY);
            byte[] buffer = new byte[16];
            int n = libc.read(fd, buffer);
            libc.write(1, new String(buffer, 0, n));
            libc.close(fd);
        };
        long hash;
        long cycles;
        try (Machine first = run(cat)) {
            hash = first.trace().hash();
            cycles = first.core(0).cycles();
            assertEquals("welcome\n", first.core(0).consoleText());
        }
        try (Machine second = run(cat)) {
            assertEquals(hash, second.trace().hash());
            assertEquals(cycles, second.core(0).cycles());
        }
    }

    @Test
    void varLogReadsBackWhatTheConsoleShowed() {
        try (Machine machine = run(libc -> {
            libc.write(1, "first line\n");
            int log = libc.open("/var/log", Fcntl.O_RDONLY);
            byte[] buffer = new byte[64];
            int n = libc.read(log, buffer);
            libc.write(1, "log: " + new String(buffer, 0, n) + "write: " + libc.open("/var/log", Fcntl.O_WRONLY) + "\n");
        })) {
            assertEquals("first line\nlog: first line\nwrite: -13\n", machine.core(0).consoleText());
        }
    }
}
