package eduscc.visualizer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.arch.GdtPlugins;
import eduscc.kernel.arch.KitApicTimer;
import eduscc.kernel.arch.KitGdtEncoder;
import eduscc.kernel.boot.KernelImage;
import eduscc.kernel.boot.ResetStubPlugins;
import eduscc.labs.debug.Session;
import eduscc.labs.scenario.Replay;
import eduscc.labs.scenario.ReplayFile;
import eduscc.machine.cpu.LocalApic;
import eduscc.machine.trace.TraceEntry;
import eduscc.machine.trace.TraceEvent;
import eduscc.machine.cpu.Registers;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stops of the exercises that came to replays last, each written to a file, read back and
 * opened as {@code gui --replay} opens it, with a plug-in that makes the mistake the stop is for:
 * the debugger stands at the event the grader's check saw go wrong.
 */
class ReplayStopsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void registerTheMistakes() {
        ApicTimerPlugins.register("masks-the-timer", () -> (ops, timerFreq) -> {
            new KitApicTimer().start(ops, timerFreq);
            ops.write32(LocalApic.BASE + LocalApic.LVT_TIMER, LocalApic.LVT_MASKED | LocalApic.LVT_PERIODIC | 123);
        });
        GdtPlugins.register("refuses-the-null-descriptor", () -> (base, limit, access, granularity, big) -> {
            if (access == 0) {
                throw new IllegalArgumentException("a descriptor must be present");
            }
            return new KitGdtEncoder().encode(base, limit, access, granularity, big);
        });
        ResetStubPlugins.register("forgets-the-stack", () -> kitStubWith("    mov esp, BOOT_STACK\n", ""));
        ResetStubPlugins.register("stops-short", () -> kitStubWith("    jmp KERNEL_START\n", "    hlt\n"));
        ResetStubPlugins.register("no-far-jump", () -> kitStubWith("    jmp dword CODE_SELECTOR:protected_start\n",
            "    jmp protected_start\n"));
    }

    /** The kit's reset.asm with one line changed, as the reset-stub exercise's planted mistakes are. */
    private static Assembly kitStubWith(String line, String replacement) {
        String kit = KernelImage.source(KernelImage.RESET_SOURCE);
        assertTrue(kit.contains(line), line);
        return Assembler.assemble("mistake.asm", kit.replace(line, replacement));
    }

    private Session open(Replay replay) {
        Path file = dir.resolve(replay.exercise() + ".json");
        ReplayFile.write(file, replay);
        return ReplayOpener.open(file, ReplayFile.read(file));
    }

    private static TraceEntry stop(Session session) {
        return session.snapshot().stopEvent().entry();
    }

    @ParameterizedTest
    @ValueSource(strings = {"interrupts", "thread-create-250hz"})
    void aTimerThatNeverTicksStopsWhereTheCoreWaitsForTheFirstTick(String lab) {
        try (Session session = open(new Replay("apic-timer", "c", lab, Replay.Plugins.apicTimer("masks-the-timer"),
            "Halt:1", "7", "0"))) {
            assertTrue(stop(session).event() instanceof TraceEvent.Halt h && h.interruptsEnabled(), stop(session).toString());
            assertEquals(0, session.snapshot().kernels().get(0).tick());
        }
    }

    @Test
    void aBootThatFailsStopsAtItsPanic() {
        try (Session session = open(new Replay("gdt", "c", "boot", Replay.Plugins.gdt("refuses-the-null-descriptor"),
            "Panic:1", "none", "the kernel stopped in boot: ..."))) {
            assertTrue(stop(session).event() instanceof TraceEvent.Panic p && p.task().equals("boot")
                && p.reason().contains("a descriptor must be present"), stop(session).toString());
        }
    }

    @Test
    void aStubThatReachesTheKernelWithAWrongStackStopsAtTheKernelsEntry() {
        try (Session session = open(new Replay("reset-stub", "c", "boot", Replay.Plugins.resetStub("forgets-the-stack"),
            "JavaEntry:1", "0x00090000", "0x00008000"))) {
            assertTrue(stop(session).event() instanceof TraceEvent.JavaEntry e && e.eax() == 0x2BADB002
                && e.ebx() == 0x9000, stop(session).toString());
            assertEquals(0x8000, session.snapshot().machine().cores().get(0).generalRegisters().get(Registers.ESP));
        }
    }

    @Test
    void aStubThatHaltsStopsAtItsHaltAndOneThatFaultsAtTheTripleFault() {
        try (Session session = open(new Replay("reset-stub", "c", "boot", Replay.Plugins.resetStub("stops-short"),
            "Halt:1", "reached the kernel's entry at 0x00100010", "the core halted at 0xFFFFF03D, before the kernel's entry"))) {
            assertTrue(stop(session).event() instanceof TraceEvent.Halt, stop(session).toString());
            assertEquals(0, session.snapshot().trace().stream().filter(e -> e.event() instanceof TraceEvent.JavaEntry).count());
        }
        try (Session session = open(new Replay("reset-stub", "c", "boot", Replay.Plugins.resetStub("no-far-jump"),
            "TripleFault:1", "0x0008", "0xF000"))) {
            assertTrue(stop(session).event() instanceof TraceEvent.TripleFault, stop(session).toString());
        }
    }

    @Test
    void theForkLabWithALoaderStopsAtItsThirdResolvedFault() {
        try (Session session = open(new Replay("elf-loader", "c", "fork", Replay.Plugins.elfLoader("kit"),
            "PageFaultResolved:3", "a", "b"))) {
            assertTrue(stop(session).event() instanceof TraceEvent.PageFaultResolved, stop(session).toString());
            assertEquals(3, session.snapshot().trace().stream()
                .filter(e -> e.event() instanceof TraceEvent.PageFaultResolved).count());
        }
    }

    @Test
    void theSwitchLabWithTheStudentsSwitchStopsAtTheTick() {
        try (Session session = open(new Replay("switch-context", "c", "switch-side-by-side",
            Replay.Plugins.contextSwitch("kit"), "tick:7", "ping -> pong at tick 7", "ping -> pong at tick 8"))) {
            assertEquals(7, session.snapshot().kernels().values().stream().mapToLong(k -> k.tick()).max().orElse(0));
        }
    }
}
