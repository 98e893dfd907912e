package eduscc.exercises.syscall;

import eduscc.kernel.sched.Task;
import eduscc.kernel.sys.SyscallNumbers;
import eduscc.kernel.sys.SyscallServices;

/**
 * One mistake each, as students make them; each costs the points of exactly the check that sees
 * it ({@link PlantedBugsTest}). The array {@link #BY_CHECK} lists them in the order of the checks.
 */
final class PlantedBugs {
    /** Index i: the fixture that must lose check i alone. */
    static final Class<?>[] BY_CHECK = {ServesEveryNumberFrom44.class, NullIsABadPointer.class, StoresAByte.class,
        ChecksTheFirstByteOnly.class, ReadsTheSecondRegister.class};

    private PlantedBugs() {
    }

    /** {@code >=} for {@code ==}: every number from 44 up is uptime, and a later call can never be added. */
    public static final class ServesEveryNumberFrom44 extends SolvedSyscalls {
        public ServesEveryNumberFrom44(SyscallServices kernel) {
            super(kernel);
        }

        @Override
        public int call(int number, Task caller) {
            return number >= SyscallNumbers.UPTIME ? uptime(kernel.argument(SyscallServices.EBX)) : -SyscallNumbers.ENOSYS;
        }
    }

    /** NULL is not user memory, so it is refused: but the contract makes it "no frequency wanted". */
    public static final class NullIsABadPointer extends SolvedSyscalls {
        public NullIsABadPointer(SyscallServices kernel) {
            super(kernel);
        }

        @Override
        int uptime(int hz) {
            return hz == 0 ? -SyscallNumbers.EFAULT : super.uptime(hz);
        }
    }

    /** Stores the frequency with write8: right while the word held 0 and the frequency fits a byte. */
    public static final class StoresAByte extends SolvedSyscalls {
        public StoresAByte(SyscallServices kernel) {
            super(kernel);
        }

        @Override
        void store(int hz, int value) {
            kernel.ops().write8(hz, value);
        }
    }

    /** Checks that the pointer's first byte is the caller's, then stores four. */
    public static final class ChecksTheFirstByteOnly extends SolvedSyscalls {
        public ChecksTheFirstByteOnly(SyscallServices kernel) {
            super(kernel);
        }

        @Override
        boolean mayStore(int hz) {
            return kernel.isUserMemory(hz, 1);
        }
    }

    /** Takes the pointer from ECX, the second argument: the checks' calls have it everywhere, a real INT 0x80 does not. */
    public static final class ReadsTheSecondRegister extends SolvedSyscalls {
        public ReadsTheSecondRegister(SyscallServices kernel) {
            super(kernel);
        }

        @Override
        int register() {
            return SyscallServices.ECX;
        }
    }
}
