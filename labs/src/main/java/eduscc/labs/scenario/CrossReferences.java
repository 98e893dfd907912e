package eduscc.labs.scenario;

import eduscc.kernel.arch.ApicTimerPlugins;
import eduscc.kernel.arch.GatePlugins;
import eduscc.kernel.arch.GdtPlugins;
import eduscc.kernel.boot.ResetStubPlugins;
import eduscc.kernel.ipc.MessagingPlugins;
import eduscc.kernel.ipc.NetworkTask;
import eduscc.kernel.lguest.ExitReasons;
import eduscc.kernel.lguest.HypercallPlugins;
import eduscc.kernel.lguest.Hypercalls;
import eduscc.kernel.mm.ElfLoaderPlugins;
import eduscc.kernel.mm.PageFaultPlugins;
import eduscc.kernel.sched.SleepPlugins;
import eduscc.kernel.sched.SwitchContextPlugins;
import eduscc.kernel.mm.PageFramePlugins;
import eduscc.kernel.sys.SyscallPlugins;
import eduscc.kernel.sync.SemaphorePlugins;
import eduscc.kernel.sched.ReadyQueuePlugins;
import eduscc.machine.trace.TraceEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rules that tie the parts of a lab together, checked once every record is read: tasks run on
 * released cores, the ready queue, the page-fault resolver, the hypercall dispatcher and the send and receive are registered plug-ins, a task wakes only tasks of its own core
 * (kernels on the SCC share no tasks) and waits only for its own children, an inter-core interrupt
 * goes to a released core, names are unique per core, a LOCK register taken is one of a released
 * core and is freed by the task that took it, a semaphore used is one its core declares, and
 * breakpoints and narration point at things the lab has.
 */
final class CrossReferences {
    /**
     * Tasks a lab may name per core, spawned ones included. Below the kernel's task table
     * ({@code Scheduler.MAX_TASKS}, 58: one TSS descriptor each in the 64-entry GDT), so a lab that
     * loads never meets a full table at run time.
     */
    static final int MAX_TASKS_PER_CORE = 32;

    private CrossReferences() {
    }

    static void check(String file, Scenario s) {
        if (!ReadyQueuePlugins.isRegistered(s.kernel().readyQueues())) {
            throw new ScenarioException(file, "kernel.readyQueues", "no ready-queue plug-in named \""
                + s.kernel().readyQueues() + "\"; known: " + String.join(", ", ReadyQueuePlugins.names()));
        }
        if (!PageFaultPlugins.isRegistered(s.kernel().pageFaults())) {
            throw new ScenarioException(file, "kernel.pageFaults", "no page-fault plug-in named \""
                + s.kernel().pageFaults() + "\"; known: " + String.join(", ", PageFaultPlugins.names()));
        }
        if (!HypercallPlugins.isRegistered(s.kernel().hypercalls())) {
            throw new ScenarioException(file, "kernel.hypercalls", "no hypercall plug-in named \""
                + s.kernel().hypercalls() + "\"; known: " + String.join(", ", HypercallPlugins.names()));
        }
        if (!MessagingPlugins.isRegistered(s.kernel().messaging())) {
            throw new ScenarioException(file, "kernel.messaging", "no messaging plug-in named \""
                + s.kernel().messaging() + "\"; known: " + String.join(", ", MessagingPlugins.names()));
        }
        if (!GdtPlugins.isRegistered(s.kernel().gdt())) {
            throw new ScenarioException(file, "kernel.gdt", "no GDT plug-in named \""
                + s.kernel().gdt() + "\"; known: " + String.join(", ", GdtPlugins.names()));
        }
        if (!GatePlugins.isRegistered(s.kernel().idtGates())) {
            throw new ScenarioException(file, "kernel.idtGates", "no IDT gate plug-in named \""
                + s.kernel().idtGates() + "\"; known: " + String.join(", ", GatePlugins.names()));
        }
        if (!SemaphorePlugins.isRegistered(s.kernel().semaphores())) {
            throw new ScenarioException(file, "kernel.semaphores", "no semaphore plug-in named \""
                + s.kernel().semaphores() + "\"; known: " + String.join(", ", SemaphorePlugins.names()));
        }
        if (!SleepPlugins.isRegistered(s.kernel().sleep())) {
            throw new ScenarioException(file, "kernel.sleep", "no sleep plug-in named \""
                + s.kernel().sleep() + "\"; known: " + String.join(", ", SleepPlugins.names()));
        }
        if (!ElfLoaderPlugins.isRegistered(s.kernel().elfLoader())) {
            throw new ScenarioException(file, "kernel.elfLoader", "no ELF-loader plug-in named \""
                + s.kernel().elfLoader() + "\"; known: " + String.join(", ", ElfLoaderPlugins.names()));
        }
        if (!ApicTimerPlugins.isRegistered(s.kernel().apicTimer())) {
            throw new ScenarioException(file, "kernel.apicTimer", "no APIC timer plug-in named \""
                + s.kernel().apicTimer() + "\"; known: " + String.join(", ", ApicTimerPlugins.names()));
        }
        if (!SwitchContextPlugins.isRegistered(s.kernel().contextSwitch())) {
            throw new ScenarioException(file, "kernel.contextSwitch", "no context-switch plug-in named \""
                + s.kernel().contextSwitch() + "\"; known: " + String.join(", ", SwitchContextPlugins.names()));
        }
        if (!PageFramePlugins.isRegistered(s.kernel().pageFrames())) {
            throw new ScenarioException(file, "kernel.pageFrames", "no page-frame plug-in named \""
                + s.kernel().pageFrames() + "\"; known: " + String.join(", ", PageFramePlugins.names()));
        }
        if (!SyscallPlugins.isRegistered(s.kernel().syscalls())) {
            throw new ScenarioException(file, "kernel.syscalls", "no syscalls plug-in named \""
                + s.kernel().syscalls() + "\"; known: " + String.join(", ", SyscallPlugins.names()));
        }
        if (!ResetStubPlugins.isRegistered(s.kernel().resetStub())) {
            throw new ScenarioException(file, "kernel.resetStub", "no reset stub named \""
                + s.kernel().resetStub() + "\"; known: " + String.join(", ", ResetStubPlugins.names()));
        }
        checkNetworkTask(file, s);
        TreeSet<Integer> seen = new TreeSet<>();
        for (int i = 0; i < s.cores().size(); i++) {
            CoreTasks core = s.cores().get(i);
            String at = "cores[" + i + "]";
            if (!s.machine().cores().contains(core.pid())) {
                throw new ScenarioException(file, at + ".pid", "core " + core.pid() + " is not released; machine.cores is "
                    + s.machine().cores());
            }
            if (!seen.add(core.pid())) {
                throw new ScenarioException(file, at + ".pid", "core " + core.pid() + " has a second entry; list all its"
                    + " tasks in one");
            }
            checkCore(file, at, core);
            checkIpis(file, at, core.pid(), core.tasks(), s);
            checkPrograms(file, at, core.tasks(), s);
            checkGuests(file, at, core.pid(), core.tasks(), s);
        }
        checkBreakpoints(file, s);
        for (int i = 0; i < s.narration().size(); i++) {
            checkCoreReleased(file, "narration[" + i + "].core", s.narration().get(i).core(), s);
        }
    }

    /** Names first (spawned tasks included), then every wake and wait against them. */
    private static void checkCore(String file, String at, CoreTasks core) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int t = 0; t < core.tasks().size(); t++) {
            collectNames(file, at + ".tasks[" + t + "]", core.tasks().get(t), names);
        }
        if (names.size() > MAX_TASKS_PER_CORE) {
            throw new ScenarioException(file, at + ".tasks", names.size() + " tasks (spawned ones included); a core's"
                + " kernel has room for " + MAX_TASKS_PER_CORE);
        }
        for (int t = 0; t < core.tasks().size(); t++) {
            checkSteps(file, at + ".tasks[" + t + "]", core.tasks().get(t), names, core.pid());
            checkSemaphores(file, at, ".tasks[" + t + "]", core.tasks().get(t).steps(), core);
        }
        SwitchSampleRule.check(file, at, core);
    }

    /** A semWait or semPost names a semaphore its core declares: semaphores belong to one core's kernel. */
    private static void checkSemaphores(String file, String coreAt, String taskAt, List<Step> steps, CoreTasks core) {
        for (int k = 0; k < steps.size(); k++) {
            String stepAt = coreAt + taskAt + ".steps[" + k + "]";
            String name = steps.get(k) instanceof Step.SemWait wait ? wait.name()
                : steps.get(k) instanceof Step.SemPost post ? post.name() : null;
            if (name != null && !core.semaphores().containsKey(name)) {
                throw new ScenarioException(file, stepAt + ".name", "no semaphore \"" + name + "\" on core " + core.pid()
                    + (core.semaphores().isEmpty() ? "; declare it with the count it starts at in " + coreAt
                        + ".semaphores, e.g. \"semaphores\": {\"" + name + "\": 0}"
                        : "; " + coreAt + ".semaphores declares " + String.join(", ", core.semaphores().keySet())));
            } else if (steps.get(k) instanceof Step.Spawn spawn) {
                checkSemaphores(file, coreAt, taskAt + ".steps[" + k + "]", spawn.steps(), core);
            }
        }
    }

    private static void collectNames(String file, String at, TaskSpec task, Map<String, String> names) {
        String earlier = names.putIfAbsent(task.name(), at);
        if (earlier != null) {
            throw new ScenarioException(file, at + ".name", "\"" + task.name() + "\" is already the name of " + earlier
                + "; task names are unique on a core");
        }
        for (int k = 0; k < task.steps().size(); k++) {
            if (task.steps().get(k) instanceof Step.Spawn spawn) {
                collectNames(file, at + ".steps[" + k + "]", spawn.task(), names);
            }
        }
    }

    private static void checkSteps(String file, String at, TaskSpec task, Map<String, String> names, int pid) {
        List<String> children = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (int k = 0; k < task.steps().size(); k++) {
            Step step = task.steps().get(k);
            String stepAt = at + ".steps[" + k + "]";
            checkRequest(file, stepAt, step, requests);
            if (step instanceof Step.Wake wake && !names.containsKey(wake.task())) {
                throw new ScenarioException(file, stepAt + ".task", "no task \"" + wake.task() + "\" on core " + pid
                    + "; a task can wake only tasks of its own core: " + String.join(", ", names.keySet()));
            } else if (step instanceof Step.Wait wait && !children.contains(wait.task())) {
                throw new ScenarioException(file, stepAt + ".task", "\"" + wait.task() + "\" is not a child of \""
                    + task.name() + "\"; a task waits only for tasks it spawned in an earlier step");
            } else if (step instanceof Step.Spawn spawn) {
                children.add(spawn.name());
                checkSteps(file, stepAt, spawn.task(), names, pid);
            }
        }
    }

    /** A request is named once by isend or irecv, and completed only after that, by the same task. */
    private static void checkRequest(String file, String at, Step step, List<String> requests) {
        String started = step instanceof Step.Isend s ? s.request() : step instanceof Step.Irecv r ? r.request() : null;
        if (started != null && requests.contains(started)) {
            throw new ScenarioException(file, at + ".request", "request \"" + started + "\" was already started by this"
                + " task; give each isend and irecv a name of its own");
        }
        if (started != null) {
            requests.add(started);
        }
        String named = step instanceof Step.Complete c ? c.request() : step instanceof Step.Test t ? t.request() : null;
        if (named != null && !requests.contains(named)) {
            throw new ScenarioException(file, at + ".request", "no request \"" + named + "\" started by an"
                + " earlier isend or irecv of this task" + (requests.isEmpty() ? "" : "; started: " + String.join(", ", requests)));
        }
    }

    /**
     * An inter-core interrupt, a message and its reply go to a released core: a core in reset
     * has no kernel to take them.
     */
    private static void checkIpis(String file, String at, int pid, List<TaskSpec> tasks, Scenario s) {
        for (int t = 0; t < tasks.size(); t++) {
            checkIpiSteps(file, at + ".tasks[" + t + "]", pid, tasks.get(t).steps(), s);
            checkLockPairs(file, at + ".tasks[" + t + "]", tasks.get(t).steps());
        }
    }

    /**
     * A task frees only a LOCK register it took in an earlier step, does not take one it holds
     * (the register knows no owner: the second read would spin for ever), and frees all it took
     * before its steps end (or every other taker would spin for ever). A spawned task is a task
     * of its own.
     */
    private static void checkLockPairs(String file, String at, List<Step> steps) {
        Map<Integer, String> held = new LinkedHashMap<>();
        for (int k = 0; k < steps.size(); k++) {
            String stepAt = at + ".steps[" + k + "]";
            if (steps.get(k) instanceof Step.Lock lock) {
                String earlier = held.putIfAbsent(lock.core(), stepAt);
                if (earlier != null) {
                    throw new ScenarioException(file, stepAt + ".core", "this task already holds LOCK " + lock.core()
                        + " (taken at " + earlier + "); a second lock would spin for ever, since the register"
                        + " knows no owner: unlock it first");
                }
            } else if (steps.get(k) instanceof Step.Unlock unlock && held.remove(unlock.core()) == null) {
                throw new ScenarioException(file, stepAt + ".core", "this task does not hold LOCK " + unlock.core()
                    + "; a task frees only a LOCK it took in an earlier step");
            } else if (steps.get(k) instanceof Step.Spawn spawn) {
                checkLockPairs(file, stepAt, spawn.steps());
            }
        }
        if (!held.isEmpty()) {
            Map.Entry<Integer, String> first = held.entrySet().iterator().next();
            throw new ScenarioException(file, first.getValue() + ".core", "the task ends holding LOCK " + first.getKey()
                + ", and every core that takes it next would spin for ever: add {\"type\": \"unlock\", \"core\": "
                + first.getKey() + "} after it");
        }
    }

    private static void checkIpiSteps(String file, String at, int pid, List<Step> steps, Scenario s) {
        for (int k = 0; k < steps.size(); k++) {
            String stepAt = at + ".steps[" + k + "]";
            if (steps.get(k) instanceof Step.Ipi ipi) {
                checkCoreReleased(file, stepAt + ".core", ipi.core(), s);
            } else if (steps.get(k) instanceof Step.Messaging) {
                checkMessaging(file, stepAt, pid, steps.get(k), s);
            } else if (steps.get(k) instanceof Step.Spawn spawn) {
                checkIpiSteps(file, stepAt, pid, spawn.steps(), s);
            }
        }
    }

    /** Messages go between released cores over MPBs mapped with the MPBT page type, so paging stays on. */
    private static void checkMessaging(String file, String at, int own, Step step, Scenario s) {
        if (!s.kernel().paging()) {
            throw new ScenarioException(file, at, "messaging maps the MPBs with the MPBT page type, so paging must stay"
                + " on: remove \"paging\": false from the kernel part");
        }
        if (step instanceof Step.Lock lock) {
            checkLockOwnerReleased(file, at + ".core", lock.core(), s);
        } else if (step instanceof Step.Unlock unlock) {
            checkLockOwnerReleased(file, at + ".core", unlock.core(), s);
        }
        Integer other = step instanceof Step.Transfer transfer ? transfer.core()
            : step instanceof Step.Mail mail ? mail.core() : null;
        if (other == null) {
            return;
        }
        checkCoreReleased(file, at + ".core", other, s);
        if (other == own) {
            throw new ScenarioException(file, at + ".core", "core " + own + " cannot send to or receive from itself;"
                + " name another core of machine.cores " + s.machine().cores());
        }
    }

    /** RCCE maps the LOCK registers of its units only (facts B.2): the lab's released cores. */
    private static void checkLockOwnerReleased(String file, String at, int pid, Scenario s) {
        if (!s.machine().cores().contains(pid)) {
            throw new ScenarioException(file, at, "core " + pid + " is not released, and RCCE maps only the LOCK"
                + " registers of the cores that take part; machine.cores is " + s.machine().cores());
        }
    }

    /**
     * The kinds that begin as {@code event} does (its first four letters, any case), so that a
     * typo names a few candidates; all of them when none does (all in one line make a message of
     * some 600 characters).
     */
    private static String nearKinds(String event, TreeSet<String> kinds) {
        String start = event.substring(0, Math.min(4, event.length())).toLowerCase(Locale.ROOT);
        List<String> near = kinds.stream().filter(k -> !start.isEmpty() && k.toLowerCase(Locale.ROOT).startsWith(start))
            .toList();
        return near.isEmpty() ? "known: " + String.join(", ", kinds) : "did you mean " + String.join(" or ", near) + "?";
    }

    private static void checkBreakpoints(String file, Scenario s) {
        TreeSet<String> kinds = new TreeSet<>();
        Arrays.stream(TraceEvent.class.getPermittedSubclasses()).forEach(c -> kinds.add(c.getSimpleName()));
        for (int i = 0; i < s.breakpoints().size(); i++) {
            Breakpoint b = s.breakpoints().get(i);
            String at = "breakpoints[" + i + "]";
            checkCoreReleased(file, at + ".core", b.core(), s);
            if (b.event() != null && !kinds.contains(b.event())) {
                throw new ScenarioException(file, at + ".event", "no trace event kind \"" + JacksonErrors.shown(b.event()) + "\"; "
                    + nearKinds(b.event(), kinds));
            }
            if (b.task() != null && !isNetworkTask(b.task(), s) && s.cores().stream().flatMap(c -> c.tasks().stream())
                    .noneMatch(t -> t.name().equals(b.task()))) {
                throw new ScenarioException(file, at + ".task", "no task \"" + b.task() + "\" in this lab");
            }
            checkGuestBreakpoint(file, at, b);
        }
    }

    /** A guestExit names how a reason begins; a hypercall names one of lguest's by number or name. */
    private static void checkGuestBreakpoint(String file, String at, Breakpoint b) {
        if (b.guestExit() != null && !b.guestExit().isBlank() && !ExitReasons.couldBegin(b.guestExit().strip())) {
            throw new ScenarioException(file, at + ".guestExit", "no guest exit's reason begins with \""
                + JacksonErrors.shown(b.guestExit()) + "\"; a reason begins with one of " + ExitReasons.KINDS
                + ", e.g. \"hypercall LHCALL_SET_PTE\"; \"\" stops at any exit");
        }
        if (b.hypercall() != null) {
            try {
                Hypercalls.parse(b.hypercall());
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(file, at + ".hypercall", e.getMessage());
            }
        }
    }

    /** A task that runs an x86 program needs paging: its program gets an address space of its own. */
    private static void checkPrograms(String file, String at, List<TaskSpec> tasks, Scenario s) {
        for (int t = 0; t < tasks.size(); t++) {
            if (tasks.get(t).program() != null && !s.kernel().paging()) {
                throw new ScenarioException(file, at + ".tasks[" + t + "].program",
                    "a program runs in an address space of its own, so paging must stay on:"
                        + " remove \"paging\": false from the kernel part");
            }
        }
    }

    /** A guest's launcher needs paging (shadow page tables) and software switching (the Switcher's GDT entries). */
    private static void checkGuests(String file, String at, int pid, List<TaskSpec> tasks, Scenario s) {
        for (int t = 0; t < tasks.size(); t++) {
            if (tasks.get(t).guest() == null) {
                continue;
            }
            if (!s.kernel().paging()) {
                throw new ScenarioException(file, at + ".tasks[" + t + "].guest",
                    "lguest's shadow page tables need paging: remove \"paging\": false from the kernel part");
            }
            if (s.hardwareSwitch(pid)) {
                throw new ScenarioException(file, at + ".tasks[" + t + "].guest",
                    "lguest's Switcher takes GDT entries 10 and 11, which hardware task switching gives to task TSSs:"
                        + " set \"switch\": \"software\" in the kernel part");
            }
        }
    }

    /** The network task of every core, when the lab starts it ({@code "networkTask": true}). */
    private static boolean isNetworkTask(String task, Scenario s) {
        return s.kernel().networkTask() && task.equals(NetworkTask.NAME);
    }

    /** The network task serves the mailbox in the MPBs, mapped with the MPBT page type: paging stays on. */
    private static void checkNetworkTask(String file, Scenario s) {
        if (s.kernel().networkTask() && !s.kernel().paging()) {
            throw new ScenarioException(file, "kernel.networkTask", "the network task serves the mailbox in the MPBs,"
                + " which are mapped with the MPBT page type, so paging must stay on: remove \"paging\": false");
        }
        for (int i = 0; s.kernel().networkTask() && i < s.cores().size(); i++) {
            List<TaskSpec> tasks = s.cores().get(i).tasks();
            for (int t = 0; t < tasks.size(); t++) {
                if (tasks.get(t).name().equals(NetworkTask.NAME)) {
                    throw new ScenarioException(file, "cores[" + i + "].tasks[" + t + "].name", "\"" + NetworkTask.NAME
                        + "\" is the network task's name on every core (kernel.networkTask); choose another");
                }
            }
        }
    }

    private static void checkCoreReleased(String file, String at, Integer pid, Scenario s) {
        if (pid != null && !s.machine().cores().contains(pid)) {
            throw new ScenarioException(file, at, "core " + pid + " is not released; machine.cores is "
                + s.machine().cores());
        }
    }
}
