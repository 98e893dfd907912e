package eduscc.kernel.sync;

import eduscc.kernel.arch.Hardware;
import eduscc.kernel.arch.KernelLayout;
import eduscc.kernel.sched.CoreKernelData;
import eduscc.kernel.sched.KernelData;
import eduscc.kernel.sched.Scheduler;
import eduscc.machine.cpu.Core;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one core's kernel keeps its tasks' semaphores and mutexes: a fixed area of its private
 * memory, {@link KernelLayout#SEMAPHORES}, cut into {@link KernelLayout#SEMAPHORE_SLOTS} slots.
 * eduOS has no such table (a C {@code sem_t} is a variable wherever its user declares it); the
 * kit needs one place for the bytes, and a name for each so that labs and the debugger can say
 * which is which. Names stay on the Java heap, like task names.
 *
 * <pre>
 *   SEMAPHORES + n * 256   slot n: a sem_t (244 bytes), then for a mutex its owner's task id
 * </pre>
 *
 * Creating one writes its sem_t (eduOS sem_init); until then the area is untouched, so a kernel
 * whose tasks use no semaphore costs and traces exactly what it did before.
 */
public final class Semaphores {
    private final Core core;
    private final KernelData data;
    private final Scheduler scheduler;
    private final WaitAndPost waitAndPost;
    private final List<Semaphore> semaphores = new ArrayList<>();
    private final List<Mutex> mutexes = new ArrayList<>();

    /** With the kit's sem_wait and sem_post. */
    public Semaphores(Core core, Hardware hardware, Scheduler scheduler) {
        this(core, hardware, scheduler, WaitAndPostFactory.KIT);
    }

    /** @param waitAndPost makes this core's sem_wait and sem_post (the kit's, or a student's) */
    public Semaphores(Core core, Hardware hardware, Scheduler scheduler, WaitAndPostFactory waitAndPost) {
        this.core = core;
        this.data = new CoreKernelData(core, hardware);
        this.scheduler = scheduler;
        this.waitAndPost = waitAndPost.create(scheduler, data);
    }

    /**
     * A new semaphore with count {@code value} in the next free slot.
     *
     * @throws IllegalArgumentException if the name is taken, the count negative, or every slot used
     */
    public Semaphore create(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("core " + core.pid() + ": semaphore \"" + name
                + "\" cannot start below 0, got " + value);
        }
        Semaphore semaphore = newSemaphore(name);
        semaphore.init(value);
        semaphores.add(semaphore);
        return semaphore;
    }

    /** A new mutex, free: a semaphore of count 1 with an owner ({@link Mutex}). */
    public Mutex createMutex(String name) {
        Mutex mutex = new Mutex(newSemaphore(name), Semaphore.SIZE);
        mutex.init();
        mutexes.add(mutex);
        return mutex;
    }

    private Semaphore newSemaphore(String name) {
        if (find(name) != null || findMutex(name) != null) {
            throw new IllegalArgumentException("core " + core.pid() + ": a semaphore or mutex \"" + name + "\" exists");
        }
        int slot = semaphores.size() + mutexes.size();
        if (slot >= KernelLayout.SEMAPHORE_SLOTS) {
            throw new IllegalArgumentException("core " + core.pid() + ": no room for \"" + name + "\"; the kernel has "
                + KernelLayout.SEMAPHORE_SLOTS + " slots for semaphores and mutexes");
        }
        return new Semaphore(data, KernelLayout.SEMAPHORES + slot * KernelLayout.SEMAPHORE_SLOT, name, scheduler,
            "core " + core.pid(), core::trace, waitAndPost);
    }

    /** The semaphore of that name, or null. */
    public Semaphore find(String name) {
        return semaphores.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The mutex of that name, or null. */
    public Mutex findMutex(String name) {
        return mutexes.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    /** Every semaphore, in the order they were created. */
    public List<Semaphore> all() {
        return List.copyOf(semaphores);
    }

    /** Every mutex, in the order they were created. */
    public List<Mutex> allMutexes() {
        return List.copyOf(mutexes);
    }
}
