package eduscc.kernel.user;

import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.KernelResources;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.ElfWriter;
import eduscc.machine.x86.asm.OutputFormat;



import java.util.ArrayList;
import java.util.List;

/**
 * The x86 programs that ship with the kit, as assembly sources beside the kernel
 * ({@code eduscc/kernel/programs/NAME.asm}), and the initial ramdisk that holds them in /bin:
 * each source assembled by the kit's assembler into an ELF32 executable, once per JVM, as the
 * reset stub is. The sources include the kit's {@link ProgramLibrary} (crt0.asm, syscalls.asm).
 */
public final class ShippedPrograms {
    /** The programs, each at {@code /bin/NAME} in the ramdisk. */
    public static final List<String> NAMES = List.of("hello", "forkdemo", "getpid", "pagefault", "forkwait", "vforkwait",
        "threadjoin", "threadcreate", "threaddemo", "jacobi");
    private static byte[] ramdisk;

    private ShippedPrograms() {
    }

    /** The ramdisk with every shipped program, mounted at /bin (a copy; the same bytes every time). */
    public static synchronized byte[] ramdisk() {
        if (ramdisk == null) {
            List<RamdiskFile> files = new ArrayList<>();
            for (String name : NAMES) {
                files.add(new RamdiskFile(name, executable(name)));
            }
            ramdisk = InitialRamdisk.build("/bin", files);
        }
        return ramdisk.clone();
    }

    /** The source of program {@code name}. */
    public static String source(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no shipped program named '" + name + "'; shipped: " + NAMES);
        }
        return KernelResources.text(ShippedPrograms.class, "/eduscc/kernel/programs/" + name + ".asm");
    }

    private static byte[] executable(String name) {
        return ElfWriter.executable(Assembler.assemble(name + ".asm", source(name), OutputFormat.ELF32,
            ProgramLibrary.INCLUDES));
    }
}
