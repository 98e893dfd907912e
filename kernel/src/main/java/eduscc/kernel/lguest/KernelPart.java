package eduscc.kernel.lguest;

/**
 * Which page-directory slots a guest's kernel maps the same way in every address space, so that
 * a shadow directory keeps their tables when the guest switches to another process (facts C.5:
 * "a reused shadow keeps its kernel part and flushes its user part").
 *
 * <p>lguest learns it from {@code lguest_data.kernel_address}: a Linux guest's kernel lies at
 * and above PAGE_OFFSET. The kit's kernel also maps the low 16 MiB to itself in every process,
 * below its user space, so the kit's guest names that boundary too, in {@code user_address}, a
 * field the kit adds to lguest_data ({@link LguestData#USER_ADDRESS}; a guest that leaves it 0
 * has no kernel part below). A guest that names neither has no kernel part: every switch
 * empties its shadow.
 */
record KernelPart(int userAddress, int kernelAddress) {
    static final KernelPart NONE = new KernelPart(0, 0);

    /** Whether directory slot {@code slot} (4 MiB from {@code slot << 22}) lies in the kernel part. */
    boolean contains(int slot) {
        long start = Integer.toUnsignedLong(slot << 22);
        boolean below = start < Integer.toUnsignedLong(userAddress);
        boolean above = kernelAddress != 0 && start >= Integer.toUnsignedLong(kernelAddress);
        return below || above;
    }
}
