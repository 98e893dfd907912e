package eduscc.exercises.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The launcher's command line: {@code grade} here, everything else through to the labs' commands. */
class GradeCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void referenceEarnsEveryPointAndSaysSo() {
        assertEquals(0, run("grade", "ready-queues", "--reference"));
        assertTrue(out().contains("[20/20] ok   random sequence of 2000 operations against a model"), out());
        assertTrue(out().contains("  (the code runs in a separate JVM: 256 MB heap, 32 threads, 10 s per check)\n"),
            out());
        assertTrue(out().endsWith("  total: 100/100 points\n"), out());
    }

    @Test
    void theLimitsOfTheChildJvmCanBeChanged() {
        assertEquals(0, run("grade", "ready-queues", "--reference", "--heap-mb", "128", "--max-threads", "20",
            "--check-seconds", "30"));
        assertTrue(out().contains("  (the code runs in a separate JVM: 128 MB heap, 20 threads, 30 s per check)\n"),
            out());
    }

    @Test
    void theStudentsCodeIsGradedByDefaultAndTheExitCodeSaysWhetherItPassed() {
        int code = run("grade", "ready-queues");
        assertTrue(out().startsWith("eduSCC grade ready-queues: StudentReadyQueues (your code)\n"), out());
        assertEquals(out().contains("\n  total: 100/100 points\n") ? 0 : 1, code, out());
    }

    @Test
    void jsonListsEveryCheckWithItsPoints() throws Exception {
        assertEquals(0, run("grade", "ready-queues", "--reference", "--json"));
        JsonNode report = new ObjectMapper().readTree(out());
        assertEquals("ready-queues", report.get("exercise").asText());
        assertEquals(7, report.get("checks").size());
        assertEquals("bitmap set and clear", report.get("checks").get(1).get("name").asText());
        assertEquals(20, report.get("checks").get(1).get("possible").asInt());
        assertTrue(report.get("checks").get(1).get("passed").asBoolean());
        assertEquals(100, report.get("earned").asInt());
        assertEquals(100, report.get("possible").asInt());
        assertEquals("", report.get("problem").asText());
    }

    @Test
    void theStudentsQueueIsARegisteredPluginForLabs() throws Exception {
        int code = run("run", "scheduling", "--ready-queues", "student", "--json");
        JsonNode report = new ObjectMapper().readTree(out());
        assertEquals("student", report.get("readyQueues").asText());
        boolean failed = report.get("cores").get(0).get("failures").size() > 0;
        assertEquals(failed ? 1 : 0, code, "exit code 1 exactly when the student's queue made the kernel fail");
    }

    @Test
    void thePageFaultsReferenceEarnsEveryPointWithItsOwnHandout() {
        assertEquals(0, run("grade", "page-faults", "--reference"));
        assertTrue(out().startsWith("eduSCC grade page-faults: KitPageFaultResolver (the kit's reference)\n"
            + "  (handout: exercises/src/main/resources/eduscc/exercises/pagefaults/HANDOUT.md)\n"), out());
        assertTrue(out().contains("[10/10] ok   the fork lab runs with this handler as with the kit's\n"), out());
        assertTrue(out().endsWith("  total: 100/100 points\n"), out());
    }

    @Test
    void theStudentsPageFaultHandlerIsARegisteredPluginForLabs() {
        int code = run("run", "fork", "--page-faults", "student");
        assertTrue(out().startsWith("eduSCC run: fork on 1 core(s), hardware task switch, ready queues \"kit\","
            + " page faults \"student\"\n"), out());
        boolean panicked = out().contains("PANIC in task");
        assertEquals(panicked ? 1 : 0, code, "exit code 1 exactly when the student's handler made the kernel fail");
    }

    @Test
    void theHypercallsReferenceEarnsEveryPointWithItsOwnHandout() {
        assertEquals(0, run("grade", "hypercalls", "--reference"));
        assertTrue(out().startsWith("eduSCC grade hypercalls: KitHypercallDispatcher (the kit's reference)\n"
            + "  (handout: exercises/src/main/resources/eduscc/exercises/hypercalls/HANDOUT.md)\n"), out());
        assertTrue(out().contains("[10/10] ok   the lguest lab's guest runs to its shutdown as with the kit's dispatcher\n"),
            out());
        assertTrue(out().endsWith("  total: 100/100 points\n"), out());
    }

    /** As shipped, the starter throws TODO in the launcher's first runAsync: the host's kernel panics, and run says so. */
    @Test
    void theStudentsHypercallDispatcherIsARegisteredPluginForLabs() {
        int code = run("run", "lguest", "--hypercalls", "student");
        assertTrue(out().startsWith("eduSCC run: lguest on 1 core(s), software task switch, ready queues \"kit\","
            + " hypercalls \"student\"\n"), out());
        boolean panicked = out().contains("PANIC in task");
        assertEquals(panicked ? 1 : 0, code, "exit code 1 exactly when the student's dispatcher made the kernel fail");
    }

    @Test
    void theMessagingReferenceEarnsEveryPointWithItsOwnHandoutAndLimits() {
        assertEquals(0, run("grade", "messaging", "--reference"));
        assertTrue(out().startsWith("eduSCC grade messaging: KitMessagePassing (the kit's reference)\n"
            + "  (handout: exercises/src/main/resources/eduscc/exercises/messaging/HANDOUT.md)\n"
            + "  (the code runs in a separate JVM: 256 MB heap, 400 threads, 30 s per check)\n"), out());
        assertTrue(out().contains("[15/15] ok   48 cores in a ring: each sends to the next and receives from the one"
            + " before\n"), out());
        assertTrue(out().endsWith("  total: 100/100 points\n"), out());
    }

    /** As shipped, the starter throws TODO in the first send: the kernels panic, and run says so. */
    @Test
    void theStudentsSendAndReceiveAreARegisteredPluginForLabs() {
        int code = run("run", "ping-pong", "--messaging", "student");
        assertTrue(out().startsWith("eduSCC run: ping-pong on 2 core(s), "), out());
        assertTrue(out().lines().findFirst().orElse("").contains(", messaging \"student\""), out());
        boolean panicked = out().contains("PANIC in task");
        assertEquals(panicked ? 1 : 0, code, "exit code 1 exactly when the student's code made the kernel fail");
    }

    @Test
    void theGdtReferenceEarnsEveryPointWithItsOwnHandout() {
        assertEquals(0, run("grade", "gdt", "--reference"));
        assertTrue(out().startsWith("eduSCC grade gdt: KitGdtEncoder (the kit's reference)\n"
            + "  (handout: exercises/src/main/resources/eduscc/exercises/gdt/HANDOUT.md)\n"), out());
        assertTrue(out().contains("[15/15] ok   the base split over bytes 2, 3, 4 and 7\n"), out());
        assertTrue(out().endsWith("  total: 100/100 points\n"), out());
    }

    @Test
    void theIdtGatesReferenceEarnsEveryPointWithItsOwnHandout() {
        assertEquals(0, run("grade", "idt-gates", "--reference"));
        assertTrue(out().startsWith("eduSCC grade idt-gates: KitGateEncoder (the kit's reference)\n"
            + "  (handout: exercises/src/main/resources/eduscc/exercises/idtgates/HANDOUT.md)\n"), out());
        assertTrue(out().contains("[30/30] ok   a core boots with these gates: a system call from ring 3 and the timer's"
            + " ticks go through them\n"), out());
        assertTrue(out().endsWith("  total: 100/100 points\n"), out());
    }

    /** As shipped, the starter throws TODO for the first GDT entry: the boot panics, and run says so. */
    @Test
    void theStudentsGdtEncoderIsARegisteredPluginForLabs() {
        int code = run("run", "boot", "--gdt", "student");
        assertTrue(out().startsWith("eduSCC run: boot on 1 core(s), hardware task switch, ready queues \"kit\","
            + " GDT \"student\"\n"), out());
        boolean panicked = out().contains("PANIC in task");
        assertEquals(panicked ? 1 : 0, code, "exit code 1 exactly when the student's encoder made the kernel fail");
    }

    @Test
    void theStudentsGateEncoderIsARegisteredPluginForLabs() {
        int code = run("run", "scheduling", "--idt-gates", "student");
        assertTrue(out().startsWith("eduSCC run: scheduling on 1 core(s), hardware task switch, ready queues \"kit\","
            + " IDT gates \"student\""), out());
        boolean panicked = out().contains("PANIC in task");
        assertEquals(panicked ? 1 : 0, code, "exit code 1 exactly when the student's encoder made the kernel fail");
    }

    @Test
    void theStudentsSemaphoreAndTimerListAreRegisteredPluginsForLabs() throws Exception {
        int code = run("run", "locks", "--semaphores", "student", "--json");
        JsonNode report = new ObjectMapper().readTree(out());
        assertEquals("locks", report.get("lab").asText());
        boolean failed = false;
        for (JsonNode core : report.get("cores")) {
            failed |= core.get("failures").size() > 0;
        }
        assertEquals(failed ? 1 : 0, code, "exit code 1 exactly when the student's semaphore made a kernel fail");
        out.reset();
        code = run("run", "scheduling", "--sleep", "student", "--json");
        failed = new ObjectMapper().readTree(out()).get("cores").get(0).get("failures").size() > 0;
        assertEquals(failed ? 1 : 0, code, "exit code 1 exactly when the student's timer list made the kernel fail");
    }

    /** As shipped, the starter stub halts before the far jump: the boot lab's core never reaches the kernel. */
    @Test
    void theStudentsResetStubIsARegisteredPluginForLabs() {
        assertEquals(1, run("run", "boot", "--reset-stub", "student"));
        assertTrue(out().startsWith("eduSCC run: boot on 1 core(s), hardware task switch, ready queues \"kit\","
            + " reset stub \"student\""), out());
        assertTrue(out().contains("\ncore 0: NO KERNEL: the core halted at 0xFFFFF009 in real mode and never reached the"
            + " kernel's entry\n  at 0x00100010: its reset stub stops short of it\n"), out());
    }

    /** As shipped, the starter throws TODO when the kernel starts its APIC: the boot panics, and run says so. */
    @Test
    void theStudentsApicTimerIsARegisteredPluginForLabs() {
        int code = run("run", "interrupts", "--apic-timer", "student");
        assertTrue(out().startsWith("eduSCC run: interrupts on 1 core(s), hardware task switch, ready queues \"kit\","
            + " APIC timer \"student\""), out());
        boolean panicked = out().contains("PANIC in task");
        assertEquals(panicked ? 1 : 0, code, "exit code 1 exactly when the student's set-up made the kernel fail");
    }

    /** As shipped, the starter throws TODO for the first task's frame: core 1's boot panics, and run says so. */
    @Test
    void theStudentsContextSwitchIsARegisteredPluginForLabs() {
        int code = run("run", "switch-side-by-side", "--context-switch", "student");
        assertTrue(out().startsWith("eduSCC run: switch-side-by-side on 2 core(s), hardware task switch (core 1:"
            + " software), ready queues \"kit\", context switch \"student\""), out());
        boolean panicked = out().contains("PANIC in task");
        assertEquals(panicked ? 1 : 0, code, "exit code 1 exactly when the student's code made a kernel fail");
    }

    @Test
    void otherCommandsReachTheLabsCommandLine() throws Exception {
        assertEquals(0, run("run", "boot", "--json"));
        assertEquals("boot", new ObjectMapper().readTree(out()).get("lab").asText());
    }

    @Test
    void helpShowsTheLabsCommandsAndGrade() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("eduscc run LAB"), out());
        assertTrue(out().contains("eduscc grade EXERCISE|all [--reference | --class CLASS] [--json] [--heap-mb N]"
            + " [--max-threads N] [--check-seconds N]"), out());
        assertTrue(out().contains("eduscc edition student DIR"), out());
    }

    @ParameterizedTest(name = "grade {0} is a usage error: {1}")
    @CsvSource(delimiter = '|', value = {
        "--reference|grade needs an exercise, or all, to grade: ready-queues, page-faults, hypercalls, messaging, gdt,"
            + " idt-gates, semaphores, sleep, reset-stub, elf-loader, apic-timer, switch-context, page-frames, syscall",
        "ldt|no exercise named 'ldt'; the exercises are: ready-queues, page-faults, hypercalls, messaging, gdt, idt-gates, semaphores, sleep, reset-stub, elf-loader, apic-timer, switch-context, page-frames, syscall"
            + " (or all)",
        "ready-queues --fast|unknown grade option '--fast'",
        "ready-queues ready-queues|grade takes one exercise, got 'ready-queues' and 'ready-queues'",
        "ready-queues --heap-mb 10|--heap-mb must be a whole number from 64 to 4096, got '10'",
        "ready-queues --max-threads many|--max-threads must be a whole number from 1 to 1000, got 'many'",
        "ready-queues --check-seconds 0|--check-seconds must be a whole number from 1 to 600, got '0'",
        "ready-queues --check-seconds|--check-seconds needs a value",
        "ready-queues --class no.such.Queue|--class: no class named 'no.such.Queue' on the kit's class path",
        "ready-queues --reference --class x.Y|grade takes --reference or --class, not both",
        "page-faults page-faults|grade takes one exercise, got 'page-faults' and 'page-faults'",
        "page-faults --class no.such.Handler|--class: no class named 'no.such.Handler' on the kit's class path",
        "pagefaults|no exercise named 'pagefaults'; the exercises are: ready-queues, page-faults, hypercalls, messaging,"
            + " gdt, idt-gates, semaphores, sleep, reset-stub, elf-loader, apic-timer, switch-context, page-frames, syscall (or all)",
        "hypercalls --class no.such.Dispatcher|--class: no class named 'no.such.Dispatcher' on the kit's class path",
        "messaging --class no.such.Messaging|--class: no class named 'no.such.Messaging' on the kit's class path",
        "gdt --class no.such.Gdt|--class: no class named 'no.such.Gdt' on the kit's class path",
        "idt-gates idt|grade takes one exercise, got 'idt-gates' and 'idt'",
        "idt|no exercise named 'idt'; the exercises are: ready-queues, page-faults, hypercalls, messaging, gdt, idt-gates, semaphores, sleep, reset-stub, elf-loader, apic-timer, switch-context, page-frames, syscall"
            + " (or all)",
        "semaphores --class no.such.Semaphore|--class: no class named 'no.such.Semaphore' on the kit's class path",
        "sleep sleep|grade takes one exercise, got 'sleep' and 'sleep'"})
    void usageErrorsExitWithTwo(String words, String message) {
        List<String> args = new ArrayList<>(List.of("grade"));
        if (!words.isEmpty()) {
            args.addAll(List.of(words.split(" ")));
        }
        assertEquals(2, run(args.toArray(String[]::new)));
        assertTrue(err().startsWith("eduscc: " + message + "\n"), err());
        assertTrue(err().contains("eduscc grade EXERCISE"), err());
        assertEquals("", out());
    }

    @Test
    void helpWithAnExtraWordFailsAndPrintsNoHelpOnStandardOutput() {
        assertEquals(2, run("help", "extra"));
        assertEquals("", out());
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("eduscc: help takes no argument, got 'extra'"));
    }
}
