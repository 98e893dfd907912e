package eduscc.exercises.gdt;

/**
 * One mistake per check, each in a {@link SolvedGdt} otherwise right: the grader must take exactly
 * that check's points, and no other ({@link PlantedBugsTest}). The boot reads what the processor
 * reads, so a mistake in a bit the P54C ignores (L, the accessed bit), or in a descriptor the boot
 * never loads (the user segments), or in a field whose wrong value still works (a TSS limit above
 * 0x67, base 31:24 of the kernel's tables, which all lie below 16 MiB) costs an encoding check
 * only. {@link #BY_CHECK} lists them in the order of the checks.
 */
final class PlantedBugs {
    /** Index i: the fixture that must lose check i alone. */
    static final Class<?>[] BY_CHECK = {MarksKernelCode64Bit.class, PresetsKernelDataAccessed.class,
        SwapsGranularityAndSize.class, ForgetsBase31To24.class, WritesLimitHighByteFirst.class, DropsTheDpl.class,
        RefusesTheNullDescriptor.class};

    private PlantedBugs() {
    }

    /** Copies eduOS's x86_64 kernel code segment: sets L (GDT_FLAG_64_BIT) in the ring-0 flat code segment. */
    public static final class MarksKernelCode64Bit extends SolvedGdt {
        @Override
        public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
            byte[] bytes = super.encode(base, limit, access, granularity, defaultBig);
            if (access == 0x9A && granularity && defaultBig) {
                bytes[6] |= 0x20;
            }
            return bytes;
        }
    }

    /** Copies the boot GDT's data entry (0x93, facts C): the kernel's flat data segment comes out accessed. */
    public static final class PresetsKernelDataAccessed extends SolvedGdt {
        @Override
        public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
            byte[] bytes = super.encode(base, limit, access, granularity, defaultBig);
            if (access == 0x92 && granularity) {
                bytes[5] |= 0x01;
            }
            return bytes;
        }
    }

    /** G in bit 6 and D/B in bit 7: the kernel's segments have both or neither, so only a byte-granular 32-bit one shows it. */
    public static final class SwapsGranularityAndSize extends SolvedGdt {
        @Override
        public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
            byte[] bytes = super.encode(base, limit, access, granularity, defaultBig);
            bytes[6] = (byte) ((granularity ? 0x40 : 0) | (defaultBig ? 0x80 : 0) | limit >>> 16 & 0x0F);
            return bytes;
        }
    }

    /** Byte 7 stays 0: the 80286's 24-bit base. */
    public static final class ForgetsBase31To24 extends SolvedGdt {
        @Override
        public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
            byte[] bytes = super.encode(base, limit, access, granularity, defaultBig);
            bytes[7] = 0;
            return bytes;
        }
    }

    /** Limit 15:0 big-endian, as the figure reads: 0xFFFF does not show it, the TSS's 0x0067 becomes 0x6700 (still enough). */
    public static final class WritesLimitHighByteFirst extends SolvedGdt {
        @Override
        public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
            byte[] bytes = super.encode(base, limit, access, granularity, defaultBig);
            byte low = bytes[0];
            bytes[0] = bytes[1];
            bytes[1] = low;
            return bytes;
        }
    }

    /** Keeps P, S and type of the access byte only, as if every segment were the kernel's. */
    public static final class DropsTheDpl extends SolvedGdt {
        @Override
        public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
            return super.encode(base, limit, access & 0x9F, granularity, defaultBig);
        }
    }

    /** "A descriptor must be present": refuses entry 0, the null descriptor, which the kernel writes first. */
    public static final class RefusesTheNullDescriptor extends SolvedGdt {
        @Override
        public byte[] encode(int base, int limit, int access, boolean granularity, boolean defaultBig) {
            if ((access & 0x80) == 0) {
                throw new IllegalArgumentException("a descriptor must be present, got access byte 0x"
                    + Integer.toHexString(access));
            }
            return super.encode(base, limit, access, granularity, defaultBig);
        }
    }
}
