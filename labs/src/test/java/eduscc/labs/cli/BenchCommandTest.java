package eduscc.labs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eduscc bench --json}: the shape of the report and the simulated-kernel figures, which are
 * deterministic. Wall-clock speeds are only checked to be there, never compared with anything.
 */
class BenchCommandTest {
    /** GuestBenchmarkTest and JacobiBenchmarkTest pin these. */
    private static final long GUEST_FORK = 1_043_567;
    private static final long GUEST_VFORK = 228_972;
    private static final long GUEST_THREAD_JOIN = 746_903;
    private static final long GUEST_JACOBI2 = 6_857_321;
    private static final List<String> PATH = List.of("task code", "interrupt delivery", "entry stub", "handler", "EOI",
        "lock", "scheduler", "switch", "exit stub", "IRET");

    @TempDir
    Path dir;

    private String bench(String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("bench"));
        args.addAll(List.of(options));
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long sumOfValues(JsonNode object) {
        long sum = 0;
        for (JsonNode value : object) {
            sum += value.asLong();
        }
        return sum;
    }

    private JsonNode benchJson(String... options) throws Exception {
        return new ObjectMapper().readTree(bench(options));
    }

    @Test
    void jsonReportsContextSwitchesAndSystemCallsAndWritesTheSamples() throws Exception {
        Path csv = dir.resolve("samples.csv");
        JsonNode report = benchJson("--json", "--csv", csv.toString());
        for (String mode : List.of("hardware", "software")) {
            JsonNode s = report.get("contextSwitch").get(mode);
            assertEquals(2000, s.get("samples").asInt(), mode);
            assertTrue(s.get("min").asLong() <= s.get("median").asLong() && s.get("median").asLong() <= s.get("max").asLong(), mode);
            assertTrue(s.get("min").asLong() > 85, mode + ": a switch costs more than the bare task switch");
            assertEquals(PATH, components(s.get("breakdown")), mode);
            assertEquals(s.get("median").asLong(), sum(s.get("breakdown")), mode + ": the parts add up to the median");
            assertFalse(s.has("cold"), mode + ": cold only with --cold");
        }
        assertTrue(report.get("syscalls").get("getpid").asLong() >= 48 + 27, "at least INT to ring 0 plus IRET to ring 3");
        assertEquals(415_988, report.get("syscalls").get("threadCreate").asLong(),
            "thread_create alone, from the x86 program /bin/threadcreate (ProcessBenchmarkTest takes it apart)");
        JsonNode getpid = report.get("syscalls").get("getpidCalls");
        assertEquals(1000, getpid.get("samples").asInt());
        assertEquals(getpid.get("median").asLong(), sum(getpid.get("breakdown")));
        assertEquals(List.of("task code", "INT delivery", "entry stub", "handler", "exit stub", "IRET"),
            components(getpid.get("breakdown")));
        JsonNode simulator = report.get("simulator");
        assertEquals(List.of("switchRun2000FirstSeconds", "switchRun2000Seconds", "boot48Millis", "operationsPerSecond",
            "bytesPerOperation", "handoffsPerSecond", "cooperativeSwitchesPerSecond", "x86InstructionsPerSecond",
            "stepBack1MMillis", "stepBack10MMillis", "stepBackFromBoot1MMillis", "stepBackFromBoot10MMillis", "jdk",
            "virtualThreads", "warmUp"), names(simulator), "issue 9's figures, in its order, then step back with the replicas used up");
        assertTrue(simulator.get("x86InstructionsPerSecond").asLong() > 0);
        assertTrue(simulator.get("cooperativeSwitchesPerSecond").asLong() > 0);
        assertTrue(simulator.get("bytesPerOperation").isNumber() && simulator.get("bytesPerOperation").asDouble() >= 0,
            "the JVM counted the loop's allocations: " + simulator.get("bytesPerOperation"));
        assertTrue(simulator.get("jdk").asText().contains(String.valueOf(Runtime.version().feature())), simulator.get("jdk").asText());
        assertEquals(18_726, report.get("memory").get("ticks").asLong(),
            "a billion cycles at 10 kHz, less the boot (1.3 M cycles with its page tables: 24 ticks)");
        assertTrue(report.get("memory").has("heapAfterMegabytes"));
        JsonNode session = report.get("debugger").get("long-session");
        assertEquals(eduscc.labs.debug.Session.TRACE_WINDOW, session.get("windowEvents").asLong(), "the session keeps its window");
        assertTrue(session.get("traceEvents").asLong() > 6 * eduscc.labs.debug.Session.TRACE_WINDOW, "of a run far longer");
        assertTrue(session.has("heapAfterMegabytes"));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("sample,mode,cycles", lines.get(0));
        assertEquals(4001, lines.size());
    }

    /** The simulated figures are the same run after run; only wall time and heap sizes may differ. */
    @Test
    void coldIsReportedBesideWarmAndTwoRunsAgree() throws Exception {
        String csv = dir.resolve("samples.csv").toString();
        JsonNode first = benchJson("--json", "--cold", "--kernel", "--csv", csv);
        JsonNode second = benchJson("--kernel", "--cold", "--csv", csv, "--json");
        assertEquals(List.of("contextSwitch", "syscalls", "native", "guest", "messaging"), names(first),
            "--kernel: the simulated kernel's figures only");
        assertEquals(first.get("messaging"), second.get("messaging"));
        JsonNode messaging = first.get("messaging");
        assertEquals("[21,64,70,73,79,85,91,97,103]", messaging.get("mpbReadByHops").toString(),
            "facts A.4's reads by hop count, each plus the load's own cycle (MessagingBenchmarkTest)");
        assertEquals(List.of("0-1", "0-2", "0-47"), names(messaging.get("pingPongRoundTrip")));
        assertEquals(List.of("2", "8", "24", "48"), names(messaging.get("barrier")));
        assertEquals(229, messaging.get("ipiDelivery").asLong(), "MailboxBenchmarkTest takes it apart");
        assertEquals(344, messaging.get("ipiDeliveryFar").asLong(), "MailboxBenchmarkTest");
        assertEquals(2902, messaging.get("mailboxRoundTrip").asLong(), "MailboxBenchmarkTest");
        assertEquals(3343, messaging.get("mailboxRoundTripFar").asLong(), "MailboxBenchmarkTest");
        assertEquals(messaging.get("mailboxRoundTrip").asLong(), sumOfValues(messaging.get("mailboxRoundTripParts")));
        for (String mode : List.of("hardware", "software")) {
            JsonNode net = first.get("contextSwitch").get("networkTask").get(mode);
            assertEquals(2000, net.get("samples").asInt(), mode);
            assertEquals(1800, net.get("taskToTask").get("samples").asInt(), mode);
            assertEquals(200, net.get("networkTaskBetween").get("samples").asInt(), mode + ": a timer every 10 ticks");
            assertTrue(net.get("taskToTask").get("max").asLong() < net.get("networkTaskBetween").get("min").asLong(),
                mode + ": two levels");
        }
        for (String mode : List.of("hardware", "software")) {
            JsonNode cold = first.get("contextSwitch").get(mode).get("cold");
            assertEquals(2000, cold.get("samples").asInt(), mode);
            assertEquals(cold.get("median").asLong(), sum(cold.get("breakdown")), mode + " cold");
            assertEquals(PATH, components(cold.get("breakdown")), mode + " cold");
        }
        JsonNode getpidCold = first.get("syscalls").get("getpidCalls").get("cold");
        assertEquals(getpidCold.get("median").asLong(), sum(getpidCold.get("breakdown")));
        assertEquals(first.get("contextSwitch"), second.get("contextSwitch"));
        assertEquals(first.get("syscalls"), second.get("syscalls"));
        assertEquals(first.get("guest"), second.get("guest"));
        JsonNode guest = first.get("guest");
        assertEquals(447, guest.get("hostGuestSwitch").asLong(), "GuestBenchmarkTest takes it apart");
        assertEquals(147, guest.get("getpid").asLong(), "native's 153 less the STI the guest's entry.asm has as a NOP");
        assertEquals(416_363, guest.get("pageFault").asLong(), "GuestBenchmarkTest");
        assertEquals(first.get("native"), second.get("native"));
        JsonNode nativeRows = first.get("native");
        assertEquals(List.of("getpid", "pageFault", "fork", "vfork", "threadCreateJoin", "jacobi", "jacobi2", "jacobi2TimerHz"),
            names(nativeRows), "Table II's rows natively, in the paper's order");
        for (String row : List.of("getpid", "pageFault", "fork", "vfork", "threadCreateJoin")) {
            assertEquals(first.get("syscalls").get(row), nativeRows.get(row), row + ": the syscalls figure again");
        }
        assertEquals(2_373_324, nativeRows.get("jacobi").asLong(), "JacobiBenchmarkTest");
        assertEquals(4_797_566, nativeRows.get("jacobi2").asLong(), "JacobiBenchmarkTest");
        assertEquals(2_373_396, guest.get("jacobi").asLong(), "no exit in the window: native's figure within 72 cycles");
        assertTrue(guest.get("jacobiLongestExitFreeStretch").asLong() >= guest.get("jacobi").asLong());
        assertEquals(GUEST_FORK, guest.get("fork").asLong(), "GuestBenchmarkTest");
        assertEquals(GUEST_VFORK, guest.get("vfork").asLong(), "GuestBenchmarkTest");
        assertEquals(GUEST_THREAD_JOIN, guest.get("threadCreateJoin").asLong(), "GuestBenchmarkTest");
        assertEquals(GUEST_JACOBI2, guest.get("jacobi2").asLong(), "JacobiBenchmarkTest");
        assertEquals(0, guest.get("notYet").size(), "every guest row measured");
        JsonNode periods = guest.get("hostGuestSwitchExitToExit");
        assertEquals(periods.get("median").asLong(), sum(periods.get("breakdown")));
        assertEquals(List.of("INT delivery", "Switcher out", "lguest host", "run_guest_once", "Switcher in", "guest"),
            components(periods.get("breakdown")));
    }

    /** A lecturer reads the median switch part by part; with --cold the cold column stands beside it. */
    @Test
    void theTextTakesEachMedianApartInATable() {
        String text = bench("--cold", "--kernel", "--csv", dir.resolve("samples.csv").toString());
        List<String> lines = text.lines().toList();
        int hardware = lines.indexOf(lines.stream().filter(l -> l.startsWith("  context switch  hardware  min")).findFirst().orElseThrow());
        assertTrue(lines.get(hardware + 1).contains("cold caches and TLBs"), lines.get(hardware + 1));
        assertEquals(List.of(
            "      median sample, part by part       warm  memory stalls    cold  memory stalls",
            "        task code                         32              0      31              0",
            "        interrupt delivery                95              0     683            588",
            "        entry stub                        33              0    1715           1682",
            "        handler                            7              0     397            390",
            "        EOI                                1              0     195            194",
            "        lock                              94              0     288            194",
            "        scheduler                         77              0     465            388",
            "        switch                            90              0    2174           2084",
            "        exit stub                         31              0     225            194",
            "        IRET                              10              0      10              0",
            "        total                            470              0    6183           5714"),
            lines.subList(hardware + 2, hardware + 14),
            "warm, the whole path hits in L1 and the TLBs; cold, every part that touches memory waits for"
                + " line fills, page walks and write stalls, and only those cycles are memory stall");
        assertTrue(text.contains("  getpid          median "), text);
        int table = lines.indexOf("Table II, native beside guest, in core cycles");
        assertEquals(List.of(
            "                     native      guest  guest/native",
            "  getpid                153        147         0.961",
            "  page fault        207,162    416,363         2.010",
            "  fork + wait       391,577  1,043,567         2.665",
            "  vfork + wait        8,784    228,972        26.067",
            "  thread + join     419,309    746,903         1.781",
            "  jacobi          2,373,324  2,373,396         1.000",
            "  jacobi x2       4,797,566  6,857,321         1.429"),
            lines.subList(table + 1, table + 9), "the paper's point: the solver in the guest costs what it costs natively");
        assertFalse(text.contains("simulator speed"), "--kernel leaves the wall-time sections out");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(JsonNode breakdown) {
        List<String> names = new ArrayList<>();
        breakdown.forEach(part -> names.add(part.get("component").asText()));
        return names;
    }

    private static long sum(JsonNode breakdown) {
        long sum = 0;
        for (JsonNode part : breakdown) {
            assertTrue(part.has("memoryStallCycles"), part.toString());
            sum += part.get("cycles").asLong();
        }
        return sum;
    }
}
