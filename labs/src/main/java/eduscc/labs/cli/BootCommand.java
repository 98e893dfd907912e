package eduscc.labs.cli;

import eduscc.kernel.boot.BootEntry;
import eduscc.kernel.boot.InitialRamdisk;
import eduscc.kernel.boot.RamdiskImage;
import eduscc.kernel.boot.SccBoot;
import eduscc.labs.boot.BootRecorder;
import eduscc.labs.boot.BootReport;
import eduscc.labs.boot.BootTable;
import eduscc.machine.Machine;
import eduscc.machine.MachineConfig;
import eduscc.machine.chip.CoreId;
import eduscc.machine.time.Clocks;
import eduscc.machine.trace.TraceEntry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** {@code eduscc boot}: release cores, run them until they halt, and show their boot path. */
final class BootCommand {
    static final long DEFAULT_MAX_CYCLES = 10_000_000;
    /** About eight simulated years at 533 MHz: far beyond any lab, far below overflow. */
    static final long MAX_CYCLES_LIMIT = 1L << 56;

    private final PrintStream out;
    private final PrintStream err;

    BootCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) {
        List<Integer> pids = rangeTo(CoreId.COUNT);
        boolean json = false;
        Path traceFile = null;
        Path resetImage = null;
        Path initrd = null;
        long maxCycles = DEFAULT_MAX_CYCLES;
        while (args.hasNext()) {
            String option = args.next();
            switch (option) {
                case "--cores" -> pids = rangeTo(coreCount(args.number("--cores")));
                case "--pids" -> pids = parsePids(args.value("--pids"));
                case "--json" -> json = true;
                case "--trace" -> traceFile = Path.of(args.value("--trace"));
                case "--reset-image" -> resetImage = Path.of(args.value("--reset-image"));
                case "--initrd" -> initrd = Path.of(args.value("--initrd"));
                case "--max-cycles" -> maxCycles = args.number("--max-cycles");
                default -> throw new UsageError("unknown boot option '" + option + "'");
            }
        }
        List<CoreId> cores = pids.stream().map(CoreId::of).toList();
        long untilTime = untilTime(maxCycles);
        byte[] image = resetImage == null ? null : readImage(resetImage);
        byte[] ramdisk = initrd == null ? InitialRamdisk.empty("/") : readRamdisk(initrd, json);
        try (Machine machine = SccBoot.boot(cores, MachineConfig.DEFAULT, image, ramdisk, BootEntry::new);
             PrintWriter trace = traceFile == null ? null : openTrace(traceFile)) {
            // The report needs only what the recorder keeps, and --trace streams every event to its
            // file, so no entry stays in memory however long the cores run.
            BootRecorder boot = new BootRecorder();
            machine.trace().replayAndFollow(boot::record);
            if (trace != null) {
                machine.trace().replayAndFollow((TraceEntry e) -> trace.println(e.canonical()));
            }
            machine.trace().setKeepEntries(false);
            machine.run(untilTime);
            if (trace != null && trace.checkError()) {
                // PrintWriter keeps a write error to itself; a trace with a hole must not pass as whole.
                err.println("eduscc: --trace " + traceFile + ": the trace could not be written (disk full or device error);"
                    + " it is incomplete");
                return 1;
            }
            BootReport report = BootReport.of(machine, pids, boot);
            if (json) {
                out.println(Json.pretty(report));
            } else {
                BootTable.print(report, out);
            }
            return report.allReachedKernel() || resetImage != null ? 0 : 1;
        }
    }

    private static int coreCount(long n) {
        if (n < 1 || n > CoreId.COUNT) {
            throw new UsageError("--cores must be between 1 and 48, got " + n);
        }
        return (int) n;
    }

    private static List<Integer> rangeTo(int n) {
        List<Integer> pids = new ArrayList<>();
        for (int pid = 0; pid < n; pid++) {
            pids.add(pid);
        }
        return pids;
    }

    /** "0,1,47" or "0-5,12": every pid once, in order. */
    static List<Integer> parsePids(String text) {
        TreeSet<Integer> pids = new TreeSet<>();
        for (String part : text.split(",")) {
            String[] range = part.trim().split("-", -1);
            if (range.length > 2) {
                throw new UsageError("--pids: '" + part + "' is not a core number or range FROM-TO");
            }
            try {
                int from = Integer.parseInt(range[0].trim());
                int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
                if (to < from) {
                    throw new UsageError("--pids: '" + part + "' runs backwards; write " + to + "-" + from);
                }
                for (int pid = from; pid <= to; pid++) {
                    if (pid < 0 || pid >= CoreId.COUNT) {
                        throw new UsageError("--pids: core " + pid + " does not exist (0..47)");
                    }
                    pids.add(pid);
                }
            } catch (NumberFormatException e) {
                throw new UsageError("--pids: '" + part + "' is not a core number or range");
            }
        }
        if (pids.isEmpty()) {
            throw new UsageError("--pids names no core");
        }
        return new ArrayList<>(pids);
    }

    private static byte[] readImage(Path file) {
        InputFile.requireRegular(file, "--reset-image " + file);
        try {
            long size = Files.size(file);
            if (size == 0 || size > SccBoot.MAX_RESET_IMAGE) {
                throw new UsageError("--reset-image " + file + ": " + size
                    + " bytes; a reset image is 1 byte to 16 MiB, ending at 0xFFFFFFFF");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageError("--reset-image " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageError("--reset-image " + file + ": " + e.getMessage());
        }
    }

    /** A student's ramdisk, checked field by field before it is placed; the table says what it holds. */
    private byte[] readRamdisk(Path file, boolean json) {
        byte[] bytes = InputFile.read(file, "--initrd " + file);
        try {
            RamdiskImage read = RamdiskImage.read(bytes, file.toString());
            if (!json) {
                out.printf("initrd %s: %d files mounted at %s, at 0x%08X..0x%08X%n", file, read.files().size(),
                    read.mountPoint(), InitialRamdisk.ADDRESS, InitialRamdisk.ADDRESS + bytes.length);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new UsageError("--initrd " + e.getMessage().replaceFirst("^initrd ", ""));
        }
    }

    private static PrintWriter openTrace(Path file) {
        try {
            return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageError("--trace " + file + ": cannot write there (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Core cycles at 533 MHz to global time; the limit must stay a sensible, positive number. */
    private static long untilTime(long maxCycles) {
        if (maxCycles <= 0 || maxCycles > MAX_CYCLES_LIMIT) {
            throw new UsageError("--max-cycles must be between 1 and " + MAX_CYCLES_LIMIT + ", got " + maxCycles);
        }
        return maxCycles * Clocks.TILE_533_UNITS;
    }
}

