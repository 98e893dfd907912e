package eduscc.exercises.switchcontext;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.arch.StateFrame;
import eduscc.kernel.sched.Priority;
import eduscc.kernel.sched.SwitchContextParts;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskT;
import eduscc.machine.cpu.Core;
import eduscc.machine.cpu.Eflags;
import eduscc.machine.cpu.tables.Tss32;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checks of the three methods one at a time: each runs a kernel that switches by software
 * with one method of the code under test and the kit's other two ({@link Mixed}), records what it
 * sees, and the grader compares that with what the kit's code showed. The CR3 check runs the
 * student's get_current_stack with the kit's EAX, which the check before it judges; the return
 * check leaves the first EFLAGS' IF to the lab check, the one whose tasks the timer preempts.
 * Frames are read back from simulated memory, before the task they belong to runs (its first
 * switch pops the frame, and its own stack grows over it).
 */
final class SwitchChecks {
    /** The plug-in under which the CR3 check runs the fork lab with the code under test's get_current_stack. */
    static final String CR3_PLUGIN = "graded-get-current-stack";

    private SwitchChecks() {
    }

    static List<ObservedCheck> all(Supplier<SwitchContextParts> parts) {
        return List.of(
            new ObservedCheck("a new task's first frame: 16 bytes below its stack's top, the PUSHA registers with the"
                + " saved ESP, eduOS's markers", 20, o -> frame(o, parts, true)),
            new ObservedCheck("the first frame returns into the task: EIP the entry, CS 0x08, DS and ES 0x10, EFLAGS"
                + " 0x202 but for IF (the lab's)", 20, o -> frame(o, parts, false)),
            new ObservedCheck("set_kernel_stack: ESP0 in the TSS is the running task's stack + 8 KiB - 16", 15,
                o -> kernelStack(o, parts)),
            new ObservedCheck("get_current_stack: every switch resumes the task it switches to, where it left off", 15,
                o -> resumes(o, parts)),
            new ObservedCheck("get_current_stack: CR3 changes with the process, and only then (the fork lab by software"
                + " switch)", 15, o -> pageMaps(o, parts)));
    }

    /**
     * One task's first frame, as createDefaultFrame left it: its layout, or how it returns into the
     * task. Whether the task then starts and prints is the second's to judge, which it is about: a
     * frame that sends the IRET astray costs that check, not the layout's too.
     */
    private static void frame(Observer o, Supplier<SwitchContextParts> parts, boolean layout) {
        Mixed mixed = (Mixed) Mixed.of(parts, Mixed.Part.FRAME).get();
        List<String[]> seen = new ArrayList<>();
        SwitchBoot.Outcome run = SwitchBoot.run(mixed, (core, kernel) -> {
            Task t = kernel.scheduler().create("check", Priority.NORMAL, () -> kernel.print("the check task runs\n"));
            seen.addAll(frameOf(core, t, layout));
        });
        if (seen.isEmpty()) {
            throw new IllegalStateException(run.failure());
        }
        for (String[] field : seen) {
            o.see(field[0], field[1]);
        }
        if (!layout) {
            o.see("the first failure of the run", run.failure());
            o.see("the console", run.console());
        }
    }

    /** The frame's fields by name, relative to the stack where an address is meant. */
    private static List<String[]> frameOf(Core core, Task t, boolean layout) {
        int top = KernelLayout.kernelStackTop(t.slot());
        int start = core.probePrivate(t.address() + TaskT.LAST_STACK_POINTER, 4);
        List<String[]> fields = new ArrayList<>();
        if (layout) {
            fields.add(new String[] {"the new task's last_stack_pointer", relative(start, top)});
        }
        if (start < top - KernelLayout.KERNEL_STACK_SIZE || start > top - StateFrame.KERNEL_SIZE) {
            fields.add(new String[] {"where the frame is", "outside the task's stack"});
            return fields;
        }
        for (int field = 0; field < StateFrame.KERNEL_SIZE; field += 4) {
            boolean returns = field == StateFrame.DS || field == StateFrame.ES || field >= StateFrame.EIP;
            if (returns == layout) {
                continue;
            }
            int word = core.probePrivate(start + field, 4);
            String name = "the frame's " + StateFrame.FIELDS[field / 4];
            String shown = field == StateFrame.ESP ? relative(word, top)
                : field == StateFrame.EIP ? (word == KernelLayout.TASK_ENTRY ? "the entry" : String.format("0x%08X", word))
                : String.format("0x%08X", word);
            if (field == StateFrame.EFLAGS) {
                name += " without IF (the lab check judges IF)";
                shown = String.format("0x%08X", word & ~Eflags.IF);
            }
            fields.add(new String[] {name, shown});
        }
        return fields;
    }

    /** An address on the task's kernel stack, as its distance from the top: "top - 76". */
    private static String relative(int address, int top) {
        return address == top ? "top" : address < top ? "top - " + (top - address) : "top + " + (address - top);
    }

    /** Two tasks take turns; each looks at ESP0 in the core's TSS whenever it runs. */
    private static void kernelStack(Observer o, Supplier<SwitchContextParts> parts) {
        Mixed mixed = (Mixed) Mixed.of(parts, Mixed.Part.KERNEL_STACK).get();
        List<String> seen = new ArrayList<>();
        SwitchBoot.Outcome run = SwitchBoot.run(mixed, (core, kernel) -> {
            for (String name : List.of("a", "b")) {
                Task[] self = new Task[1];
                self[0] = kernel.scheduler().create(name, Priority.NORMAL, () -> {
                    for (int turn = 1; turn <= 2; turn++) {
                        int esp0 = core.probePrivate(KernelLayout.tssAddress(0) + Tss32.ESP0, 4);
                        seen.add("ESP0 while " + name + " runs (turn " + turn + ")=" + stackRelative(esp0, self[0].slot()));
                        kernel.scheduler().yieldCore();
                    }
                });
            }
        });
        o.see("the first failure of the run", run.failure());
        for (String s : seen) {
            o.see(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
    }

    /** An address as an offset into the kernel stack of slot {@code slot}: "stack + 0x1FF0". */
    private static String stackRelative(int address, int slot) {
        int base = KernelLayout.kernelStackTop(slot) - KernelLayout.KERNEL_STACK_SIZE;
        return String.format("stack + 0x%X", address - base);
    }

    /** Three tasks take turns three times, each counting its turns in a local variable, on its own stack. */
    private static void resumes(Observer o, Supplier<SwitchContextParts> parts) {
        Mixed mixed = (Mixed) Mixed.of(parts, Mixed.Part.STACK).get();
        SwitchBoot.Outcome run = SwitchBoot.run(mixed, (core, kernel) -> {
            for (String name : List.of("a", "b", "c")) {
                kernel.scheduler().create(name, Priority.NORMAL, () -> {
                    for (int turn = 1; turn <= 3; turn++) {
                        kernel.print(name + turn + " ");
                        kernel.scheduler().yieldCore();
                    }
                });
            }
        });
        o.see("the first failure of the run", run.failure());
        o.see("what the tasks printed, each on its turn", run.console());
    }

    /** The fork lab, whose processes each have a page directory of their own, switched by software. */
    private static void pageMaps(Observer o, Supplier<SwitchContextParts> parts) {
        SwitchContextPlugins.register(CR3_PLUGIN, Mixed.of(parts, Mixed.Part.CR3));
        ForkRun.run(o, CR3_PLUGIN);
    }
}
