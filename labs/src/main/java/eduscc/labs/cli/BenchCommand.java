package eduscc.labs.cli;

import eduscc.kernel.bench.ContextSwitchBenchmark;
import eduscc.kernel.bench.GuestBenchmark;
import eduscc.kernel.bench.LatencySamples;
import eduscc.kernel.bench.Measurement;
import eduscc.kernel.bench.ProcessBenchmark;
import eduscc.kernel.bench.SyscallBenchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code eduscc bench}: how fast the simulator itself is on this machine. Wall-clock times are
 * measured here and only reported; no test asserts them.
 */
final class BenchCommand {
    private static final int SWITCHES = 2000;
    private static final int GETPID_CALLS = 1000;
    static final String DEFAULT_CSV = "context-switch-samples.csv";

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) {
        boolean json = false;
        boolean cold = false;
        boolean kernelOnly = false;
        Path csv = Path.of(DEFAULT_CSV);
        while (args.hasNext()) {
            String option = args.next();
            switch (option) {
                case "--json" -> json = true;
                case "--csv" -> csv = Path.of(args.value("--csv"));
                case "--kernel" -> kernelOnly = true;
                case "--cold" -> {
                    if (cold) {
                        throw new UsageError("bench: --cold is given twice");
                    }
                    cold = true;
                }
                default -> throw new UsageError(option.startsWith("--cold=")
                    ? "bench: --cold takes no value, got '" + option + "' (write --cold)"
                    : "unknown bench option '" + option + "'");
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        if (!kernelOnly) {
            progress(json, "simulator speed");
            results.put("simulator", SimulatorBench.measure());
        }
        progress(json, "context-switch latency, hardware and software (2 x " + SWITCHES + " switches"
            + (cold ? ", then again with the caches and TLBs flushed before each" : "") + ")");
        Measurement hardware = ContextSwitchBenchmark.measure(true, SWITCHES, false);
        Measurement software = ContextSwitchBenchmark.measure(false, SWITCHES, false);
        Measurement hardwareCold = cold ? ContextSwitchBenchmark.measure(true, SWITCHES, true) : null;
        Measurement softwareCold = cold ? ContextSwitchBenchmark.measure(false, SWITCHES, true) : null;
        writeCsv(csv, hardware.samples(), software.samples());
        Map<String, Object> contextSwitch = new LinkedHashMap<>();
        contextSwitch.put("hardware", BreakdownReport.json(hardware, hardwareCold));
        contextSwitch.put("software", BreakdownReport.json(software, softwareCold));
        progress(json, "context-switch latency with the network task on (2 x " + SWITCHES + " switches)");
        ContextSwitchBenchmark.WithNetworkTask hardwareNet = ContextSwitchBenchmark.measureWithNetworkTask(true, SWITCHES);
        ContextSwitchBenchmark.WithNetworkTask softwareNet = ContextSwitchBenchmark.measureWithNetworkTask(false, SWITCHES);
        contextSwitch.put("networkTask", MailboxReport.networkTaskJson(hardwareNet, softwareNet));
        contextSwitch.put("csv", csv.toString());
        results.put("contextSwitch", contextSwitch);
        progress(json, "system calls");
        Measurement getpid = SyscallBenchmark.getpidCalls(GETPID_CALLS, false);
        Measurement getpidCold = cold ? SyscallBenchmark.getpidCalls(GETPID_CALLS, true) : null;
        Map<String, Object> syscalls = new LinkedHashMap<>();
        syscalls.put("getpid", ProcessBenchmark.getpid());
        syscalls.put("getpidJava", SyscallBenchmark.getpid());
        syscalls.put("threadCreate", ProcessBenchmark.threadCreate());
        syscalls.put("pageFault", ProcessBenchmark.pageFault());
        syscalls.put("fork", ProcessBenchmark.forkAndWait());
        syscalls.put("vfork", ProcessBenchmark.vforkAndWait());
        syscalls.put("timerHz", 100);
        syscalls.put("threadCreateJoin", ProcessBenchmark.threadCreateJoin(100));
        Map<String, Object> byRate = new LinkedHashMap<>();
        for (int hz : new int[] {100, 1000, 10_000}) {
            byRate.put(Integer.toString(hz), ProcessBenchmark.threadCreateJoin(hz));
        }
        syscalls.put("threadCreateJoinByTimerHz", byRate);
        syscalls.put("getpidCalls", BreakdownReport.json(getpid, getpidCold));
        results.put("syscalls", syscalls);
        progress(json, "lguest: host-guest switch (100 no-op hypercalls)");
        GuestBenchmark.Result guestSwitch = GuestBenchmark.hostGuestSwitch();
        Map<String, Object> guest = guestJson(guestSwitch);
        progress(json, "Jacobi solver, one and two instances, native and in the guest");
        results.put("native", GuestBesideNative.nativeRows(syscalls));
        GuestBesideNative.addGuestRows(guest);
        results.put("guest", guest);
        progress(json, "messaging: MPB reads by hop count, RCCE ping-pong, barriers of 2 to 48 cores,"
            + " inter-core interrupt delivery and a mailbox round trip");
        Map<String, Object> messaging = MessagingReport.measure();
        messaging.putAll(MailboxReport.json());
        results.put("messaging", messaging);
        if (!kernelOnly) {
            progress(json, "memory: a lab run of " + MemoryBench.CYCLES + " cycles");
            results.put("memory", MemoryBench.measure());
            progress(json, "debugger: step back and snapshots");
            results.put("debugger", DebuggerBench.measure());
        }
        if (json) {
            out.println(Json.pretty(results));
        } else {
            printTable(results, new Measurement[] {hardware, hardwareCold, software, softwareCold, getpid, getpidCold},
                syscalls, csv);
            MailboxReport.print(out, hardwareNet, softwareNet, messaging);
            printGuest(guestSwitch, guest, syscalls);
            GuestBesideNative.print(out, (Map<?, ?>) results.get("native"), guest);
            MessagingReport.print(out, messaging);
        }
        return 0;
    }

    private void progress(boolean json, String what) {
        if (!json) {
            out.println("... " + what);
        }
    }

    /** {@code paths}: hardware, software and getpid, each warm then cold (null without --cold). */
    private void printTable(Map<String, Object> r, Measurement[] paths, Map<String, Object> calls, Path csv) {
        if (r.containsKey("simulator")) {
            SimulatorBench.print(out, (Map<?, ?>) r.get("simulator"));
        }
        out.println("Simulated kernel, in core cycles (deterministic: the same on every machine)");
        for (int mode = 0; mode < 2; mode++) {
            LatencySamples s = paths[2 * mode].samples();
            out.printf("  context switch  %-9s min %5d  median %5d  max %5d  (%d samples)%n", s.label(), s.min(), s.median(), s.max(), s.count());
            LatencySamples cold = paths[2 * mode + 1] == null ? null : paths[2 * mode + 1].samples();
            if (cold != null) {
                out.printf("  context switch  %-9s min %5d  median %5d  max %5d  (%d samples, cold caches and TLBs)%n", s.label(), cold.min(), cold.median(), cold.max(), cold.count());
            }
            BreakdownReport.print(out, paths[2 * mode], paths[2 * mode + 1]);
        }
        out.printf("  getpid          %5d cycles per call (an x86 program, 1,000 calls in a loop; from a Java user task: %d)%n",
            calls.get("getpid"), calls.get("getpidJava"));
        LatencySamples calls1 = paths[4].samples();
        out.printf("  getpid          median %5d of %d single calls%n", calls1.median(), calls1.count());
        BreakdownReport.print(out, paths[4], paths[5]);
        out.printf("  thread create   %5d cycles (an x86 program's thread_create alone; most of it zeroes the thread's 16 KiB stack)%n",
            calls.get("threadCreate"));
        out.printf("  page fault      %5d cycles (an x86 program's first touch of a demand-zero heap page)%n",
            calls.get("pageFault"));
        out.printf("  fork + wait     %5d cycles (an x86 program forks, the child exits, the parent waits)%n",
            calls.get("fork"));
        out.printf("  vfork + wait    %5d cycles (the same with vfork: the child borrows the address space)%n",
            calls.get("vfork"));
        out.printf("  thread + join   %5d cycles (an x86 program creates a thread and waits for it; timer 100 Hz)%n",
            calls.get("threadCreateJoin"));
        out.printf("                  by timer rate: %s (Hz: cycles; the join blocks: no tick is awaited, a faster timer only adds its interrupts)%n",
            calls.get("threadCreateJoinByTimerHz"));
        out.println("  samples written to " + csv + " (sample, mode, cycles)");
        if (r.containsKey("memory")) {
            MemoryBench.print(out, (Map<?, ?>) r.get("memory"));
            DebuggerBench.print(out, (Map<?, ?>) r.get("debugger"));
        }
    }

    /**
     * {@code guest.hostGuestSwitch}: the guest's median no-op hypercall round trip (the paper's
     * method), and {@code guest.hostGuestSwitchExitToExit}: the host's periods, taken apart.
     */
    private static Map<String, Object> guestJson(GuestBenchmark.Result result) {
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("hostGuestSwitch", result.inGuest().median());
        guest.put("hostGuestSwitchMin", result.inGuest().min());
        guest.put("hostGuestSwitchMax", result.inGuest().max());
        guest.put("hostGuestSwitchExitToExit", BreakdownReport.json(result.exitToExit(), null));
        guest.put("getpid", GuestBenchmark.getpid());
        guest.put("pageFault", GuestBenchmark.pageFault());
        return guest;
    }

    private void printGuest(GuestBenchmark.Result result, Map<?, ?> guest, Map<String, Object> syscalls) {
        LatencySamples inGuest = result.inGuest();
        out.printf("Simulated lguest, in core cycles%n");
        out.printf("  host-guest switch  min %5d  median %5d  max %5d  (%d no-op hypercalls, RDTSC around INT 0x1F in the guest)%n",
            inGuest.min(), inGuest.median(), inGuest.max(), inGuest.count());
        out.printf("  the same trips from the host, one exit to the next (%d periods; the guest's loop included):%n",
            result.exitToExit().samples().count());
        BreakdownReport.print(out, result.exitToExit(), null);
        out.printf("  getpid in the guest %5d cycles per call (the kit's kernel as the guest, /bin/getpid in its ring 3; native: %s)%n",
            guest.get("getpid"), syscalls.get("getpid"));
        out.printf("  page fault in the guest %d cycles (/bin/pagefault in the guest's ring 3; native: %s)%n",
            guest.get("pageFault"), syscalls.get("pageFault"));
    }

    /** One row per sample, both modes, ready for a scatter plot of cycles against sample number. */
    private static void writeCsv(Path csv, LatencySamples... series) {
        StringBuilder text = new StringBuilder("sample,mode,cycles\n");
        for (LatencySamples s : series) {
            long[] cycles = s.cycles();
            for (int i = 0; i < cycles.length; i++) {
                text.append(i).append(',').append(s.label()).append(',').append(cycles[i]).append('\n');
            }
        }
        try {
            Files.writeString(csv, text.toString());
        } catch (IOException e) {
            throw new UsageError("--csv " + csv + ": cannot write (" + e.getClass().getSimpleName() + ")");
        }
    }
}
