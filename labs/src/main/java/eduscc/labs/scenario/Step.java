package eduscc.labs.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One step of a task's program: the fixed set of things a lab task can do, each a call of the
 * kernel's scheduler or a machine operation. A file names a step by its {@code "type"}, never by a
 * class (DESIGN §7):
 *
 * <pre>
 *   {"type":"work","cycles":N}       compute for N core cycles (one machine operation)
 *   {"type":"slices","count":N}      compute until N timer ticks have come, one tick per slice
 *   {"type":"sleep","ticks":N}       sleep on the timer list for N ticks
 *   {"type":"yield"}                 give the core to the next task of the same priority
 *   {"type":"block"}                 wait until another task wakes this one
 *   {"type":"wake","task":"name"}    make a blocked task of this core ready again
 *   {"type":"print","text":"..."}    write the bytes to the debug port 0xE9 (the core's console)
 *   {"type":"exit","code":N}         end the task (must be its last step)
 *   {"type":"spawn","name":..,"priority":..,"steps":[..]}   create a child task
 *   {"type":"wait","task":"name"}    block until a child this task spawned has exited
 *   {"type":"ipi","core":N}          interrupt core N through the global interrupt controller
 *   {"type":"touch","address":"0x10000000","write":true,"value":N}   load (or store N at) one doubleword
 *   {"type":"send","core":N,"bytes":B}   RCCE_send: B bytes from the task's message buffer to core N
 *   {"type":"recv","core":N,"bytes":B}   RCCE_recv: B bytes from core N into the task's message buffer
 *   {"type":"barrier"}               RCCE_barrier: wait until every core of the lab has come here
 *   {"type":"isend","core":N,"bytes":B,"request":"r"}   iRCCE_isend: start a send, go on at once
 *   {"type":"irecv","core":N,"bytes":B,"request":"r"}   iRCCE_irecv: start a receive, go on at once
 *   {"type":"complete","request":"r"}   iRCCE_wait: push until request r is done
 *   {"type":"test","request":"r"}    iRCCE_test: push once, never wait; the console says "r: done" or "r: pending"
 *   {"type":"lock","core":N}         RCCE_acquire_lock: spin on core N's LOCK register until a read takes it
 *   {"type":"unlock","core":N}       RCCE_release_lock: a write to core N's LOCK register frees it
 *   {"type":"semWait","name":"s"}    sem_wait on this core's semaphore s: take one, or block until a post
 *   {"type":"semPost","name":"s"}    sem_post: one more in s, and its oldest waiter is made ready
 *   {"type":"mail","core":N,"tag":T,"text":"..."}   a mail (tag T, up to 16 bytes of text) to core N's mailbox
 *   {"type":"waitMail"}              block until a mail has come to this core's mailbox, and take it
 *   {"type":"switchSamples","count":N}   the context-switch benchmark's TSC loop, until the core has N samples
 * </pre>
 * send, recv, isend and irecv take an optional "at": where in the task's 16 KiB message buffer
 * the message lies (default 0), so that requests in flight at once can use different parts.
 * A lab with a send, recv, barrier, isend, irecv, lock, unlock, mail or waitMail step anywhere
 * (or the network task) makes all its cores RCCE's units of execution (kernel {@code ipc}), ranked by pid, with the MPBs and LOCK
 * registers mapped. A semaphore belongs to one core and is declared with its first count in that
 * core's entry, {@code "semaphores": {"s": 0}} (kernel {@code sync}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Step.Work.class, name = "work"),
    @JsonSubTypes.Type(value = Step.Slices.class, name = "slices"),
    @JsonSubTypes.Type(value = Step.Sleep.class, name = "sleep"),
    @JsonSubTypes.Type(value = Step.Yield.class, name = "yield"),
    @JsonSubTypes.Type(value = Step.Block.class, name = "block"),
    @JsonSubTypes.Type(value = Step.Wake.class, name = "wake"),
    @JsonSubTypes.Type(value = Step.Print.class, name = "print"),
    @JsonSubTypes.Type(value = Step.Exit.class, name = "exit"),
    @JsonSubTypes.Type(value = Step.Spawn.class, name = "spawn"),
    @JsonSubTypes.Type(value = Step.Wait.class, name = "wait"),
    @JsonSubTypes.Type(value = Step.Ipi.class, name = "ipi"),
    @JsonSubTypes.Type(value = Step.Touch.class, name = "touch"),
    @JsonSubTypes.Type(value = Step.Send.class, name = "send"),
    @JsonSubTypes.Type(value = Step.Recv.class, name = "recv"),
    @JsonSubTypes.Type(value = Step.Barrier.class, name = "barrier"),
    @JsonSubTypes.Type(value = Step.Isend.class, name = "isend"),
    @JsonSubTypes.Type(value = Step.Irecv.class, name = "irecv"),
    @JsonSubTypes.Type(value = Step.Complete.class, name = "complete"),
    @JsonSubTypes.Type(value = Step.Test.class, name = "test"),
    @JsonSubTypes.Type(value = Step.Lock.class, name = "lock"),
    @JsonSubTypes.Type(value = Step.Unlock.class, name = "unlock"),
    @JsonSubTypes.Type(value = Step.SemWait.class, name = "semWait"),
    @JsonSubTypes.Type(value = Step.SemPost.class, name = "semPost"),
    @JsonSubTypes.Type(value = Step.Mail.class, name = "mail"),
    @JsonSubTypes.Type(value = Step.WaitMail.class, name = "waitMail"),
    @JsonSubTypes.Type(value = Step.SwitchSamples.class, name = "switchSamples")})
public sealed interface Step {
    long MAX_WORK_CYCLES = Integer.MAX_VALUE;
    int MAX_SLICES = 100_000;
    long MAX_SLEEP_TICKS = 10_000_000L;
    int MAX_PRINT = 1000;
    int MAX_SWITCH_SAMPLES = 10_000;

    /** Plain computation: one machine operation of {@code cycles} core clocks. */
    record Work(Long cycles) implements Step {
        public Work {
            FieldError.inRange(FieldError.required(cycles, "cycles", "how many core cycles"), 1, MAX_WORK_CYCLES,
                "cycles");
        }
    }

    /** Computation that ends each time the timer ticks: {@code count} slices, one tick each. */
    record Slices(Integer count) implements Step {
        public Slices {
            FieldError.inRange(FieldError.required(count, "count", "how many timer ticks"), 1, MAX_SLICES, "count");
        }
    }

    record Sleep(Long ticks) implements Step {
        public Sleep {
            FieldError.inRange(FieldError.required(ticks, "ticks", "how many timer ticks"), 1, MAX_SLEEP_TICKS,
                "ticks");
        }
    }

    record Yield() implements Step { }

    record Block() implements Step { }

    /** Wakes a task of the same core; a task that is not blocked (or not yet spawned) is left alone. */
    record Wake(String task) implements Step {
        public Wake {
            FieldError.name(task, "task");
        }
    }

    record Print(String text) implements Step {
        public Print {
            FieldError.required(text, "text", "the text to write to port 0xE9");
            if (text.isEmpty() || text.length() > MAX_PRINT) {
                throw new FieldError("text", "must be 1.." + MAX_PRINT + " characters, got " + text.length());
            }
        }
    }

    record Exit(Integer code) implements Step {
        public Exit {
            code = code == null ? 0 : code;
        }
    }

    /** Creates a child task on this core, READY at the tail of its priority's list. */
    record Spawn(String name, Integer priority, List<Step> steps) implements Step {
        public Spawn {
            TaskSpec child = new TaskSpec(name, priority, steps);
            steps = child.steps();
        }

        public TaskSpec task() {
            return new TaskSpec(name, priority, steps);
        }
    }

    /** Blocks until a child spawned earlier by this task has exited. */
    record Wait(String task) implements Step {
        public Wait {
            FieldError.name(task, "task");
        }
    }

    /**
     * One load of a doubleword at {@code address}, or a store of {@code value} there: what a
     * program does to memory. With paging on, the first touch of a page of the user heap is a
     * page fault that the kernel answers with a zeroed page; a touch of an unmapped kernel
     * address is a page fault in the kernel, and a panic. The address is a string, so a file
     * may write it in hex ({@code "0x10000000"}).
     */
    record Touch(String address, Boolean write, Long value) implements Step {
        public Touch {
            FieldError.required(address, "address", "the address to load or store, e.g. \"0x10000000\"");
            write = write != null && write;
            value = value == null ? 0 : value;
            FieldError.inRange(value, Integer.MIN_VALUE, 0xFFFFFFFFL, "value");
            long parsed = parse(address);
            if (parsed < 0 || parsed > 0xFFFFFFFCL) {
                throw new FieldError("address", "must be a number from 0 to 0xFFFFFFFC, got \"" + address + "\"");
            }
        }

        /** The address as a 32-bit linear address. */
        public int linear() {
            return (int) parse(address);
        }

        private static long parse(String text) {
            try {
                return Long.decode(text.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /**
     * Interrupts another core's kernel through the GIC (facts A.7): two writes of this core's
     * IPI_REQUEST at the FPGA, the interrupt to the receiver's LINT0, and the receiver's
     * acknowledgement, all packets on the mesh. The receiver's scheduler only checks whether a
     * higher priority became ready; no task moves between cores (kernels share no tasks).
     */
    record Ipi(Integer core) implements Step {
        public Ipi {
            FieldError.inRange(FieldError.required(core, "core", "the pid of the core to interrupt, 0..47"), 0,
                MachinePart.MAX_PID, "core");
        }
    }

    /** A step that talks to other cores over the MPBs, mails them or takes their LOCK registers. */
    sealed interface Messaging extends Step permits Transfer, Barrier, Complete, Test, Lock, Unlock, Mail, WaitMail {
    }

    /** A message of {@code bytes} bytes to or from core {@code core}, at {@code at} in the task's message buffer. */
    sealed interface Transfer extends Messaging permits Send, Recv, Isend, Irecv {
        Integer core();

        Integer bytes();

        Integer at();
    }

    /** Checks a transfer's fields: a core, a size and a place that fit the task's message buffer. */
    private static int[] transfer(Integer core, Integer bytes, Integer at, String partner) {
        FieldError.inRange(FieldError.required(core, "core", "the pid of the " + partner + " core, 0..47"), 0,
            MachinePart.MAX_PID, "core");
        FieldError.inRange(FieldError.required(bytes, "bytes", "how many bytes"), 0, MAX_MESSAGE, "bytes");
        int place = at == null ? 0 : at;
        FieldError.inRange(place, 0, MAX_MESSAGE - bytes, "at");
        return new int[] {core, bytes, place};
    }

    /** The most a message may hold: the task's message buffer (kernel KernelLayout.MESSAGE_BUFFER_SIZE). */
    int MAX_MESSAGE = 16 * 1024;

    /**
     * RCCE_send: the task writes {@code bytes} bytes of a pattern of its core's into its message
     * buffer (the message's contents), then sends them to core {@code core}, which must receive
     * them: the send returns only when the receiver has taken the last chunk.
     */
    record Send(Integer core, Integer bytes, Integer at) implements Transfer {
        public Send {
            at = transfer(core, bytes, at, "receiving")[2];
        }
    }

    /** RCCE_recv: {@code bytes} bytes from core {@code core} into the task's message buffer. */
    record Recv(Integer core, Integer bytes, Integer at) implements Transfer {
        public Recv {
            at = transfer(core, bytes, at, "sending")[2];
        }
    }

    /** iRCCE_isend: like send, but the task goes on at once; request {@code request} names it for complete. */
    record Isend(Integer core, Integer bytes, Integer at, String request) implements Transfer {
        public Isend {
            at = transfer(core, bytes, at, "receiving")[2];
            FieldError.name(request, "request");
        }
    }

    /** iRCCE_irecv: like recv, but the task goes on at once. */
    record Irecv(Integer core, Integer bytes, Integer at, String request) implements Transfer {
        public Irecv {
            at = transfer(core, bytes, at, "sending")[2];
            FieldError.name(request, "request");
        }
    }

    /** iRCCE_wait: the task pushes its requests until {@code request} is done. */
    record Complete(String request) implements Messaging {
        public Complete {
            FieldError.name(request, "request");
        }
    }

    /**
     * iRCCE_test: the task pushes its requests once and goes on; whether request {@code request}
     * is done then is written on the core's console ("r: done" or "r: pending").
     */
    record Test(String request) implements Messaging {
        public Test {
            FieldError.name(request, "request");
        }
    }

    /** RCCE_barrier across every core of the lab. */
    record Barrier() implements Messaging { }

    /**
     * RCCE_acquire_lock: reads core {@code core}'s test-and-set register (facts A.6) until a read
     * returns "acquired"; every core may take any core's LOCK, its own included. The task spins
     * with interrupts on, so the timer can still hand its core to another task.
     */
    record Lock(Integer core) implements Messaging {
        public Lock {
            FieldError.inRange(FieldError.required(core, "core", "the pid of the core whose LOCK register to take, 0..47"),
                0, MachinePart.MAX_PID, "core");
        }
    }

    /** RCCE_release_lock: one write to core {@code core}'s LOCK register frees it. */
    record Unlock(Integer core) implements Messaging {
        public Unlock {
            FieldError.inRange(FieldError.required(core, "core", "the pid of the core whose LOCK register to free, 0..47"),
                0, MachinePart.MAX_PID, "core");
        }
    }

    /** sem_wait on the semaphore {@code name} of this task's core: one less, or block until a post. */
    record SemWait(String name) implements Step {
        public SemWait {
            FieldError.name(name, "name");
        }
    }

    /** sem_post on the semaphore {@code name} of this task's core: one more, and its oldest waiter ready. */
    record SemPost(String name) implements Step {
        public SemPost {
            FieldError.name(name, "name");
        }
    }

    /** The most text a mail carries: its line's payload (kernel ipc Mail.MAX_PAYLOAD). */
    int MAX_MAIL_TEXT = 16;

    /**
     * MetalSVM's mailbox: a mail of {@code tag} with {@code text} (up to 16 bytes, UTF-8; default
     * none) into this core's slot in core {@code core}'s MPB, then an interrupt to that core
     * through the GIC. Returns once the interrupt is requested; if the slot still holds this
     * core's last mail to {@code core}, it first waits until the receiver has taken it.
     */
    record Mail(Integer core, Integer tag, String text) implements Messaging {
        public Mail {
            FieldError.inRange(FieldError.required(core, "core", "the pid of the receiving core, 0..47"), 0,
                MachinePart.MAX_PID, "core");
            FieldError.inRange(FieldError.required(tag, "tag", "what the mail is about, a number 0.."
                + Integer.MAX_VALUE), 0, Integer.MAX_VALUE, "tag");
            text = text == null ? "" : text;
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_MAIL_TEXT) {
                throw new FieldError("text", "a mail carries at most " + MAX_MAIL_TEXT + " bytes in its line, \""
                    + text + "\" is " + bytes);
            }
        }
    }

    /**
     * Blocks until a mail has come to this core's mailbox and takes the oldest (eduOS
     * mailbox_fetch): the LINT0 handler that takes the mail out of its slot wakes the task.
     */
    record WaitMail() implements Messaging { }

    /**
     * The MetalSVM paper's context-switch measurement (kernel {@code bench.SwitchSampler}): read
     * the TSC, look at the other sampling task's last reading, store this one. A reading of the
     * other task not seen before means the core switched between the two: one sample, a
     * {@code SwitchSample} event. At most two tasks of a core take this step, with the same
     * count; each loops until the core has {@code count} samples.
     */
    record SwitchSamples(Integer count) implements Step {
        public SwitchSamples {
            FieldError.inRange(FieldError.required(count, "count", "how many switches to sample"), 1,
                MAX_SWITCH_SAMPLES, "count");
        }
    }
}
