package eduscc.kernel.user;

import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.KernelResources;
import eduscc.kernel.boot.RamdiskFile;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.ElfWriter;
import eduscc.machine.x86.asm.OutputFormat;



import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    /**
     * The exercises' programs: each is in /bin only for a lab that runs it ({@link #ramdiskFor}), so
     * that every other lab and benchmark boots the ramdisk it always booted (the mount reads every
     * entry, and each read costs cycles: one more file would move every run that mounts it).
     */
    public static final List<String> EXERCISE_NAMES = List.of("uptime");
    private static byte[] ramdisk;
    /** The ramdisks with exercise programs, by the programs added ("uptime"). */
    private static final Map<String, byte[]> withExercisePrograms = new TreeMap<>();

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

    /**
     * The ramdisk for a lab whose tasks run the programs at {@code paths}: {@link #ramdisk()}, with
     * each exercise program that one of the paths names added after the shipped ones.
     */
    public static synchronized byte[] ramdiskFor(Collection<String> paths) {
        List<String> added = EXERCISE_NAMES.stream().filter(name -> paths.contains("/bin/" + name)).toList();
        if (added.isEmpty()) {
            return ramdisk();
        }
        return withExercisePrograms.computeIfAbsent(String.join(",", added), key -> {
            List<RamdiskFile> files = new ArrayList<>();
            for (String name : NAMES) {
                files.add(new RamdiskFile(name, executable(name)));
            }
            for (String name : added) {
                files.add(new RamdiskFile(name, executable(name)));
            }
            return InitialRamdisk.build("/bin", files);
        }).clone();
    }

    /** The source of program {@code name}, shipped or an exercise's. */
    public static String source(String name) {
        if (!NAMES.contains(name) && !EXERCISE_NAMES.contains(name)) {
            throw new IllegalArgumentException("no shipped program named '" + name + "'; shipped: " + NAMES
                + ", and for the exercises " + EXERCISE_NAMES);
        }
        return KernelResources.text(ShippedPrograms.class, "/eduscc/kernel/programs/" + name + ".asm");
    }

    private static byte[] executable(String name) {
        return ElfWriter.executable(Assembler.assemble(name + ".asm", source(name), OutputFormat.ELF32,
            ProgramLibrary.INCLUDES));
    }
}
