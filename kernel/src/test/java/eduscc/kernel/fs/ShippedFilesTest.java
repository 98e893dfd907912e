package eduscc.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eduscc.kernel.Kernel;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.boot.SccBoot;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.user.ProgramLibrary;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.ElfWriter;
import eduscc.machine.x86.asm.OutputFormat;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The file system gives back every shipped program byte for byte: a user task on a core booted
 * with the shipped ramdisk opens each {@code /bin/NAME}, reads it in 100-byte pieces through
 * read(2) until the end, and what it read is the ELF file the kit's assembler makes of the source.
 */
class ShippedFilesTest {
    @Test
    void everyShippedProgramReadsBackByteForByte() {
        Map<String, ByteArrayOutputStream> read = new LinkedHashMap<>();
        KernelConfig config = new KernelConfig(100, 0, true, true).withPaging(true);
        try (Machine machine = SccBoot.boot(java.util.List.of(CoreId.of(0)), MachineConfig.DEFAULT, null,
                ShippedPrograms.ramdisk(), core -> new Kernel(core, config, k -> k.createUserTask("cat", Priority.NORMAL, libc -> {
                    for (String name : ShippedPrograms.NAMES) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        int fd = libc.open("/bin/" + name, Fcntl.O_RDONLY);
                        byte[] piece = new byte[100];
                        int n;
                        while ((n = libc.read(fd, piece)) > 0) {
                            bytes.write(piece, 0, n);
                        }
                        libc.close(fd);
                        read.put(name, bytes);
                    }
                }))::boot)) {
            machine.run();
            assertEquals(ShippedPrograms.NAMES, java.util.List.copyOf(read.keySet()), machine.core(0).consoleText());
            for (String name : ShippedPrograms.NAMES) {
                byte[] expected = ElfWriter.executable(Assembler.assemble(name + ".asm", ShippedPrograms.source(name),
                    OutputFormat.ELF32, ProgramLibrary.INCLUDES));
                assertArrayEquals(expected, read.get(name).toByteArray(), "/bin/" + name);
            }
        }
    }
}
