package eduscc.labs.cli;

import eduscc.labs.scenario.ShippedLabs;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code eduscc} command line: {@code boot}, {@code run}, {@code asm}, {@code initrd}, {@code disasm} and {@code bench}; the
 * exercises module adds {@code grade}, and later issues add {@code gui} and {@code trace}.
 */
public final class Main {
    static final String USAGE = String.join("\n",
        "usage: eduscc [boot] [options]      boot the SCC and show each core's path from reset (default)",
        "       eduscc run LAB [--until CYCLES] [--json] [--full] [--switch hardware|software] [--ready-queues NAME] [--page-faults NAME] [--hypercalls NAME] [--messaging NAME] [--gdt NAME] [--idt-gates NAME] [--semaphores NAME] [--sleep NAME] [--elf-loader NAME] [--apic-timer NAME] [--context-switch NAME] [--page-frames NAME] [--syscalls NAME] [--reset-stub NAME]   run a lab ("
            + String.join(", ", ShippedLabs.NAMES) + " or a JSON file)",
        "       eduscc asm FILE [-o OUT] [--elf] [--listing]   assemble x86 code (a reset image, or with --elf an ELF32 program; %include \"NAME\" looks beside FILE, then in the kit's library: crt0.asm, syscalls.asm)",
        "       eduscc initrd DIR -o FILE [--mount PATH]   pack a folder's files (sorted by name) into an eduOS initial ramdisk (mounted at /bin unless --mount says)",
        "       eduscc disasm FILE [--origin A] [--bits 16|32] [--from A] [--to A] [--all]   show the instructions in a raw image",
        "       eduscc bench [--json] [--csv FILE] [--cold] [--kernel] [--gui]   measure the simulator, the kernel (context switches, system calls, each median taken apart; --cold: also with caches and TLBs flushed before each sample) and the debugger (step back, frames; --kernel: the kernel's cycle figures only, a few seconds; --gui: the frames only)",
        "",
        "boot options:",
        "  --cores N             release cores 0..N-1 (default 48)",
        "  --pids LIST           release these cores, e.g. 0,1,47 or 0-5",
        "  --reset-image FILE    boot your own raw reset code (its last 16 bytes sit at 0xFFFFFFF0)",
        "  --initrd FILE         place your own initial ramdisk (from 'eduscc initrd') at 0x00400000",
        "  --max-cycles N        stop after N core cycles (default 10000000)",
        "  --json                print JSON instead of a table",
        "  --trace FILE          write every trace event to FILE");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    private static boolean isHelp(String word) {
        return word.equals("--help") || word.equals("-h") || word.equals("help");
    }

    /** Runs one command; returns the process exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean bootOptionsOnly = args.isEmpty() || args.get(0).startsWith("--") && !isHelp(args.get(0));
        String command = bootOptionsOnly ? "boot" : args.get(0);
        List<String> rest = bootOptionsOnly ? args : args.subList(1, args.size());
        try {
            return switch (command) {
                case "boot" -> new BootCommand(out, err).run(new Arguments(rest));
                case "run" -> new RunCommand(out, err).run(new Arguments(rest));
                case "bench" -> new BenchCommand(out).run(new Arguments(rest));
                case "asm" -> new AsmCommand(out, err).run(new Arguments(rest));
                case "initrd" -> new InitrdCommand(out, err).run(new Arguments(rest));
                case "disasm" -> new DisasmCommand(out).run(new Arguments(rest));
                case "help", "-h", "--help" -> {
                    if (!rest.isEmpty()) {
                        throw new UsageError(command + " takes no argument, got '" + rest.get(0) + "'");
                    }
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new UsageError("unknown command '" + command + "'");
            };
        } catch (UsageError e) {
            err.println("eduscc: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }
}
