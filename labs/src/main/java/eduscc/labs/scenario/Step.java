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
 *   {"type":"mail","core":N,"tag":T,"text":"..."}   a mail (tag T, up to 16 bytes of text) to core N's mailbox
 *   {"type":"waitMail"}              block until a mail has come to this core's mailbox, and take it
 * </pre>
 * A lab with a send, recv, barrier, mail or waitMail step anywhere (or the network task) makes
 * all its cores RCCE's units of execution (kernel {@code ipc}), ranked by pid.
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
    @JsonSubTypes.Type(value = Step.Mail.class, name = "mail"),
    @JsonSubTypes.Type(value = Step.WaitMail.class, name = "waitMail")})
public sealed interface Step {
    long MAX_WORK_CYCLES = Integer.MAX_VALUE;
    int MAX_SLICES = 100_000;
    long MAX_SLEEP_TICKS = 10_000_000L;
    int MAX_PRINT = 1000;

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

    /** A step that talks to other cores over the MPBs. */
    sealed interface Messaging extends Step permits Send, Recv, Barrier, Mail, WaitMail {
    }

    /** The most a message may hold: the task's message buffer (kernel KernelLayout.MESSAGE_BUFFER_SIZE). */
    int MAX_MESSAGE = 16 * 1024;

    /**
     * RCCE_send: the task writes {@code bytes} bytes of a pattern of its core's into its message
     * buffer (the message's contents), then sends them to core {@code core}, which must receive
     * them: the send returns only when the receiver has taken the last chunk.
     */
    record Send(Integer core, Integer bytes) implements Messaging {
        public Send {
            FieldError.inRange(FieldError.required(core, "core", "the pid of the receiving core, 0..47"), 0,
                MachinePart.MAX_PID, "core");
            FieldError.inRange(FieldError.required(bytes, "bytes", "how many bytes to send"), 0, MAX_MESSAGE, "bytes");
        }
    }

    /** RCCE_recv: {@code bytes} bytes from core {@code core} into the task's message buffer. */
    record Recv(Integer core, Integer bytes) implements Messaging {
        public Recv {
            FieldError.inRange(FieldError.required(core, "core", "the pid of the sending core, 0..47"), 0,
                MachinePart.MAX_PID, "core");
            FieldError.inRange(FieldError.required(bytes, "bytes", "how many bytes to receive"), 0, MAX_MESSAGE,
                "bytes");
        }
    }

    /** RCCE_barrier across every core of the lab. */
    record Barrier() implements Messaging { }

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
}
