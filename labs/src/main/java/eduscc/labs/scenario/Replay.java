package eduscc.labs.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A failed check of a graded exercise, written so that the debugger can show it: which lab the
 * check ran, with which of the student's plug-ins, where in the run it went wrong, and what the
 * kit's own code showed there beside what the student's showed. {@code eduscc grade} writes one
 * for each failed check that runs a lab ({@link ReplayFile}); {@code eduscc gui --replay FILE}
 * opens the lab with the plug-in, runs it to {@link #stopAt} and puts the two values side by side.
 *
 * @param exercise the exercise, e.g. "ready-queues"
 * @param check    the check's name, as the grade report prints it
 * @param lab      the shipped lab the check ran, or the lab an exercise's check builds ({@link ExerciseLabs})
 * @param kernel   the plug-ins the check ran the lab with, named as in a lab file's kernel part
 * @param stopAt   where the debugger stops: a point as {@code gui --screenshot --at} takes it
 *                 ({@code tick:6}, {@code PageFaultResolved:2})
 * @param expected what the kit's own code showed at that point
 * @param actual   what the student's code showed there
 */
public record Replay(String exercise, String check, String lab, Plugins kernel, String stopAt, String expected,
                     String actual) {

    /**
     * The plug-ins of a replay, each null for the kit's own: the fields of a lab file's kernel
     * part that name plug-ins, and nothing else. The fields after {@code pageFrames} came with the
     * exercises that write replays since; a file written before them leaves them out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plugins(String readyQueues, String pageFaults, String hypercalls, String messaging,
                          String semaphores, String sleep, String pageFrames, String gdt, String idtGates,
                          String elfLoader, String apicTimer, String contextSwitch, String syscalls,
                          String resetStub) {
        /** Only the plug-ins of the exercises that wrote replays before {@code gdt}; the others the kit's. */
        public Plugins(String readyQueues, String pageFaults, String hypercalls, String messaging, String semaphores,
                       String sleep, String pageFrames) {
            this(readyQueues, pageFaults, hypercalls, messaging, semaphores, sleep, pageFrames, null, null, null, null,
                null, null);
        }

        /** The plug-ins of the exercises that wrote replays before {@code reset-stub}; the kit's reset stub. */
        public Plugins(String readyQueues, String pageFaults, String hypercalls, String messaging, String semaphores,
                       String sleep, String pageFrames, String gdt, String idtGates, String elfLoader, String apicTimer,
                       String contextSwitch, String syscalls) {
            this(readyQueues, pageFaults, hypercalls, messaging, semaphores, sleep, pageFrames, gdt, idtGates, elfLoader,
                apicTimer, contextSwitch, syscalls, null);
        }

        public static Plugins readyQueues(String name) {
            return new Plugins(name, null, null, null, null, null, null);
        }

        public static Plugins pageFaults(String name) {
            return new Plugins(null, name, null, null, null, null, null);
        }

        public static Plugins hypercalls(String name) {
            return new Plugins(null, null, name, null, null, null, null);
        }

        public static Plugins messaging(String name) {
            return new Plugins(null, null, null, name, null, null, null);
        }

        public static Plugins semaphores(String name) {
            return new Plugins(null, null, null, null, name, null, null);
        }

        public static Plugins sleep(String name) {
            return new Plugins(null, null, null, null, null, name, null);
        }

        public static Plugins pageFrames(String name) {
            return new Plugins(null, null, null, null, null, null, name);
        }

        public static Plugins gdt(String name) {
            return new Plugins(null, null, null, null, null, null, null, name, null, null, null, null, null);
        }

        public static Plugins idtGates(String name) {
            return new Plugins(null, null, null, null, null, null, null, null, name, null, null, null, null);
        }

        public static Plugins elfLoader(String name) {
            return new Plugins(null, null, null, null, null, null, null, null, null, name, null, null, null);
        }

        public static Plugins apicTimer(String name) {
            return new Plugins(null, null, null, null, null, null, null, null, null, null, name, null, null);
        }

        public static Plugins contextSwitch(String name) {
            return new Plugins(null, null, null, null, null, null, null, null, null, null, null, name, null);
        }

        public static Plugins syscalls(String name) {
            return new Plugins(null, null, null, null, null, null, null, null, null, null, null, null, name);
        }

        public static Plugins resetStub(String name) {
            return new Plugins(null, null, null, null, null, null, null, null, null, null, null, null, null, name);
        }

        /** {@code part} with these plug-ins in place of the ones it names. */
        KernelPart applyTo(KernelPart part) {
            KernelPart k = part;
            k = readyQueues == null ? k : k.withReadyQueues(readyQueues);
            k = pageFaults == null ? k : k.withPageFaults(pageFaults);
            k = hypercalls == null ? k : k.withHypercalls(hypercalls);
            k = messaging == null ? k : k.withMessaging(messaging);
            k = semaphores == null ? k : k.withSemaphores(semaphores);
            k = sleep == null ? k : k.withSleep(sleep);
            k = pageFrames == null ? k : k.withPageFrames(pageFrames);
            k = gdt == null ? k : k.withGdt(gdt);
            k = idtGates == null ? k : k.withIdtGates(idtGates);
            k = elfLoader == null ? k : k.withElfLoader(elfLoader);
            k = apicTimer == null ? k : k.withApicTimer(apicTimer);
            k = contextSwitch == null ? k : k.withContextSwitch(contextSwitch);
            k = syscalls == null ? k : k.withSyscalls(syscalls);
            return resetStub == null ? k : k.withResetStub(resetStub);
        }
    }

    /** The lab as the check ran it: the shipped lab (or the exercise's own, {@link ExerciseLabs}) with the replay's plug-ins. */
    public Scenario scenario() {
        Scenario base = ShippedLabs.isShipped(lab) ? ShippedLabs.load(lab) : ExerciseLabs.load(lab);
        return base.withKernel(kernel.applyTo(base.kernel()));
    }
}
