package eduscc.labs.run;

import eduscc.kernel.Kernel;
import eduscc.kernel.arch.Apic;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.ipc.Rcce;
import eduscc.kernel.ipc.Request;
import eduscc.kernel.KernelConfig;
import eduscc.kernel.lguest.GuestKernel;
import eduscc.kernel.lguest.GuestObserver;
import eduscc.kernel.lguest.HypercallDispatcherFactory;
import eduscc.kernel.lguest.ShippedGuests;
import eduscc.kernel.sched.Scheduler;
import eduscc.kernel.sched.Task;
import eduscc.kernel.sched.TaskBody;
import eduscc.kernel.user.ShippedPrograms;
import eduscc.labs.scenario.Step;
import eduscc.labs.scenario.TaskSpec;
import eduscc.machine.cpu.Operations;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lab task's body: runs its steps one after the other, each as a call of the core's scheduler
 * or a machine operation, so that time passes only as the machine says. Returning from the last
 * step ends the task with code 0 (the scheduler's task entry calls exit).
 */
final class TaskProgram implements TaskBody {
    /** A slice computes in pieces this fraction of a tick long, checking after each whether the tick came. */
    static final int PIECES_PER_TICK = 64;
    /** A lab guest's memory: 8 MiB (ASSUMPTION: enough for the shipped guests, which load at 4 MiB). */
    static final int GUEST_MEMORY = 8 << 20;
    /** The kit's kernel as the guest: 16 MiB, its identity map and frame pool. */
    static final int KIT_KERNEL_MEMORY = 16 << 20;

    private final Kernel kernel;
    private final List<Step> steps;
    private final TaskDirectory directory;
    private final SwitchSampling sampling;
    private final int timerFreq;
    private final HypercallDispatcherFactory hypercalls;
    /** The task's iRCCE requests by the names its isend and irecv steps gave them. */
    private final Map<String, Request> requests = new HashMap<>();

    TaskProgram(Kernel kernel, List<Step> steps, TaskDirectory directory, SwitchSampling sampling, int timerFreq,
                HypercallDispatcherFactory hypercalls) {
        this.kernel = kernel;
        this.steps = steps;
        this.directory = directory;
        this.sampling = sampling;
        this.timerFreq = timerFreq;
        this.hypercalls = hypercalls;
    }

    /**
     * Creates a lab task on this core's scheduler, READY at the tail of its list (a program's task: a
     * process; a guest's: its launcher, whose hypercalls {@code hypercalls}' dispatcher serves).
     */
    static Task create(Kernel kernel, TaskSpec spec, TaskDirectory directory, SwitchSampling sampling, int timerFreq,
                       HypercallDispatcherFactory hypercalls) {
        Task task;
        if (ShippedGuests.KIT_KERNEL.equals(spec.guest())) {
            task = kernel.createGuest(spec.name(), spec.priority(), kitKernelGuest(spec, timerFreq), KIT_KERNEL_MEMORY,
                GuestObserver.NONE, hypercalls);
        } else if (spec.guest() != null) {
            task = kernel.createGuest(spec.name(), spec.priority(), ShippedGuests.image(spec.guest()), GUEST_MEMORY,
                GuestObserver.NONE, hypercalls);
        } else if (spec.program() != null) {
            task = kernel.createProcess(spec.name(), spec.priority(), spec.program());
        } else {
            task = kernel.scheduler().create(spec.name(), spec.priority(), new TaskProgram(kernel, spec.steps(), directory, sampling, timerFreq, hypercalls));
        }
        directory.add(task);
        return task;
    }

    /**
     * The kit's kernel as the guest, on the lab's timer rate, switching in software and paging (as
     * a guest must), ending when its tasks are done; its one process runs the task's program.
     */
    private static GuestKernel kitKernelGuest(TaskSpec spec, int timerFreq) {
        KernelConfig config = new KernelConfig(timerFreq, 0, true, false).withPaging(true);
        return new GuestKernel(ShippedGuests.KIT_KERNEL, config, ShippedPrograms.ramdisk(),
            guest -> guest.createProcess(programName(spec.program()), spec.priority(), spec.program()));
    }

    /** "/bin/forkdemo" runs as the guest's task "forkdemo". */
    private static String programName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void run() {
        for (Step step : steps) {
            perform(step);
        }
    }

    private void perform(Step step) {
        Scheduler scheduler = kernel.scheduler();
        Operations ops = kernel.ops();
        if (step instanceof Step.Work work) {
            ops.work((int) (long) work.cycles());
        } else if (step instanceof Step.Slices slices) {
            for (int i = 0; i < slices.count(); i++) {
                slice(scheduler, ops);
            }
        } else if (step instanceof Step.Sleep sleep) {
            scheduler.sleep(sleep.ticks());
        } else if (step instanceof Step.Yield) {
            scheduler.yieldCore();
        } else if (step instanceof Step.Block) {
            scheduler.block();
        } else if (step instanceof Step.Wake wake) {
            Task task = directory.find(wake.task());
            if (task != null) {
                withInterruptsOff(kernel, () -> scheduler.wakeup(task));
            }
        } else if (step instanceof Step.Print print) {
            for (byte b : print.text().getBytes(StandardCharsets.UTF_8)) {
                kernel.printByte(b);
            }
        } else if (step instanceof Step.Exit exit) {
            scheduler.exit(exit.code());
        } else if (step instanceof Step.Spawn spawn) {
            withInterruptsOff(kernel, () -> create(kernel, spawn.task(), directory, sampling, timerFreq, hypercalls));
        } else if (step instanceof Step.Wait wait) {
            scheduler.waitFor(directory.find(wait.task()));
        } else if (step instanceof Step.Ipi ipi) {
            kernel.sendIpi(ipi.core());
        } else if (step instanceof Step.Touch touch) {
            touch(ops, touch);
        } else if (step instanceof Step.Messaging messaging) {
            talk(messaging);
        } else if (step instanceof Step.SemWait wait) {
            kernel.semaphores().find(wait.name()).semWait();
        } else if (step instanceof Step.SemPost post) {
            kernel.semaphores().find(post.name()).semPost();
        } else if (step instanceof Step.SwitchSamples samples) {
            sampling.run(samples);
        } else {
            throw new IllegalStateException("no interpreter for step " + step);
        }
    }

    /**
     * A step that talks to other cores through this core's RCCE (kernel ipc). A message's bytes
     * lie at its {@code at} in the running task's message buffer; a send first writes them there.
     */
    private void talk(Step.Messaging step) {
        Rcce rcce = kernel.rcce();
        if (step instanceof Step.Barrier) {
            rcce.barrier();
        } else if (step instanceof Step.Mail mail) {
            kernel.mailbox().send(mail.core(), mail.tag(), mail.text().getBytes(StandardCharsets.UTF_8));
        } else if (step instanceof Step.WaitMail) {
            kernel.mailbox().fetch();
        } else if (step instanceof Step.Lock lock) {
            rcce.spinningFor("LOCK " + lock.core() + " to be free");
            kernel.lockRegister(lock.core()).acquire();
            rcce.spinningFor(null);
        } else if (step instanceof Step.Unlock unlock) {
            kernel.lockRegister(unlock.core()).release();
        } else if (step instanceof Step.Test test) {
            boolean done = rcce.nonBlocking().test(requests.get(test.request()));
            for (byte b : (test.request() + (done ? ": done\n" : ": pending\n")).getBytes(StandardCharsets.UTF_8)) {
                kernel.printByte(b);
            }
        } else if (step instanceof Step.Complete complete) {
            rcce.nonBlocking().waitFor(requests.get(complete.request()));
        } else if (step instanceof Step.Transfer t) {
            int buffer = KernelLayout.messageBuffer(kernel.scheduler().current().slot()) + t.at();
            if (t instanceof Step.Send || t instanceof Step.Isend) {
                writePattern(kernel.ops(), buffer, t.bytes(), kernel.pid());
            }
            if (t instanceof Step.Send) {
                rcce.send(buffer, t.bytes(), t.core());
            } else if (t instanceof Step.Recv) {
                rcce.recv(buffer, t.bytes(), t.core());
            } else if (t instanceof Step.Isend isend) {
                requests.put(isend.request(), rcce.nonBlocking().isend(buffer, t.bytes(), t.core()));
            } else if (t instanceof Step.Irecv irecv) {
                requests.put(irecv.request(), rcce.nonBlocking().irecv(buffer, t.bytes(), t.core()));
            }
        }
    }

    /**
     * The message a lab task sends: byte i is (pid * 16 + i) mod 256, written a doubleword at a
     * time, so that two cores' messages differ and a byte that moves changes the checksum.
     */
    static void writePattern(Operations ops, int buffer, int bytes, int pid) {
        for (int i = 0; i < bytes; i += 4) {
            int word = 0;
            for (int b = 0; b < 4; b++) {
                word |= ((pid * 16 + i + b) & 0xFF) << (8 * b);
            }
            ops.write32(buffer + i, word);
        }
    }

    /** A load or a store of one doubleword (a page fault, if any, is handled before it completes). */
    private static void touch(Operations ops, Step.Touch touch) {
        if (touch.write()) {
            ops.write32(touch.linear(), (int) (long) touch.value());
        } else {
            ops.read32(touch.linear());
        }
    }

    /**
     * One slice: compute until the next timer tick has come. Whether the tick hands the core to
     * another task or not, the slice is over when this task runs again; so {@code slices N} spans
     * exactly N ticks however far into a tick period it starts.
     */
    private void slice(Scheduler scheduler, Operations ops) {
        int piece = (int) Math.max(1, Apic.countFor(timerFreq) / PIECES_PER_TICK);
        long tick = scheduler.tick();
        while (scheduler.tick() == tick) {
            ops.work(piece);
        }
    }

    /**
     * Changes the scheduler's lists with interrupts off, as eduOS's {@code wakeup_task} and
     * {@code create_task} do, so that no tick sees a list half changed. Through the kernel's
     * hardware layer: natively PUSHF, CLI and STI; in an lguest guest, its virtual flag.
     */
    private static void withInterruptsOff(Kernel kernel, Runnable change) {
        int flags = kernel.hardware().irqSave();
        change.run();
        kernel.hardware().irqRestore(flags);
    }
}
