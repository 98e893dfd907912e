package eduscc.exercises.idtgates;

/**
 * One mistake per check, each in a {@link SolvedIdtGates} otherwise right: the grader must take
 * exactly that check's points, and no other ({@link PlantedBugsTest}). The boot goes through what
 * the processor reads, so a mistake in the byte it ignores (byte 4), in a kind of gate the kit's
 * kernel does not write (a ring-0 trap gate, a ring-1 or a not-present gate), or in a field whose
 * wrong value the kernel never needs (offset 31:24: its stubs lie below 16 MiB) costs an encoding
 * check only. {@link #BY_CHECK} lists them in the order of the checks.
 */
final class PlantedBugs {
    /** Index i: the fixture that must lose check i alone. */
    static final Class<?>[] BY_CHECK = {TypeInReservedByte.class, RingZeroTrapGateIs16Bit.class,
        DplIsKernelOrUser.class, ForgetsOffset31To24.class, AlwaysPresent.class, FullAfterThirtyTwoGates.class};

    private PlantedBugs() {
    }

    /** Writes a ring-0 interrupt gate's type into the reserved byte 4 as well, which the processor ignores. */
    public static final class TypeInReservedByte extends SolvedIdtGates {
        @Override
        public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
            byte[] bytes = super.encode(offset, selector, type, dpl, present);
            if (type == INTERRUPT_GATE && dpl == 0 && present) {
                bytes[4] = (byte) type;
            }
            return bytes;
        }
    }

    /** Leaves eduOS's IDT_FLAG_32BIT out of ring-0 trap gates: type 7, a 16-bit trap gate. */
    public static final class RingZeroTrapGateIs16Bit extends SolvedIdtGates {
        @Override
        public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
            return super.encode(offset, selector, type == TRAP_GATE && dpl == 0 ? type & 0x7 : type, dpl, present);
        }
    }

    /** "A gate is for the kernel or for everyone": any DPL but 0 becomes 3, so the ring-1 gate opens to ring 3. */
    public static final class DplIsKernelOrUser extends SolvedIdtGates {
        @Override
        public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
            return super.encode(offset, selector, type, dpl == 0 ? 0 : 3, present);
        }
    }

    /** Byte 7 stays 0: the 80286's 16-bit offset grew by one byte only. */
    public static final class ForgetsOffset31To24 extends SolvedIdtGates {
        @Override
        public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
            byte[] bytes = super.encode(offset, selector, type, dpl, present);
            bytes[7] = 0;
            return bytes;
        }
    }

    /** Sets P whatever it is told: the kernel's gates are all present, so only the not-present gate shows it. */
    public static final class AlwaysPresent extends SolvedIdtGates {
        @Override
        public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
            return super.encode(offset, selector, type, dpl, true);
        }
    }

    /**
     * Keeps the gates it made in a table of 32, the exceptions' vectors, and throws when it is
     * full: a check asks an encoder for one or two gates, the kernel for 38.
     */
    public static final class FullAfterThirtyTwoGates extends SolvedIdtGates {
        private final byte[][] made = new byte[32][];
        private int count;

        @Override
        public byte[] encode(int offset, int selector, int type, int dpl, boolean present) {
            byte[] bytes = super.encode(offset, selector, type, dpl, present);
            made[count++] = bytes;
            return bytes;
        }
    }
}
