package eduscc.kernel.mm;

import eduscc.machine.cpu.Operations;

/**
 * STUDENT EDITION. The kit's page-fault resolver is not in this tree: every kernel here runs YOURS,
 * {@code exercises/src/main/java/eduscc/exercises/pagefaults/StudentPageFaults.java}, and this class
 * only hands each call to it. Write yours (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/pagefaults/HANDOUT.md}) and grade it with
 * {@code ./eduscc grade page-faults}.
 *
 * <p>Yours is the page-fault plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it, this class makes {@code StudentPageFaults} itself.
 */
public final class KitPageFaultResolver implements PageFaultResolver {
    /** The student's resolver, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.pagefaults.StudentPageFaults";

    private final PageFaultResolver yours;

    public KitPageFaultResolver(Operations ops, FrameAllocator frames) {
        this.yours = yours(ops, frames);
    }

    private static PageFaultResolver yours(Operations ops, FrameAllocator frames) {
        if (PageFaultPlugins.isRegistered("student")) {
            return PageFaultPlugins.get("student").create(ops, frames);
        }
        try {
            return (PageFaultResolver) Class.forName(STUDENT_CLASS).getConstructor(Operations.class, FrameAllocator.class)
                .newInstance(ops, frames);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public int demandZero(AddressSpace space, int address) {
        return yours.demandZero(space, address);
    }

    @Override
    public Resolution copyOnWrite(AddressSpace space, int address) {
        return yours.copyOnWrite(space, address);
    }
}
