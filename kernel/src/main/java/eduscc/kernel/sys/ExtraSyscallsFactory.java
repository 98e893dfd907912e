package eduscc.kernel.sys;

/** Makes the {@link ExtraSyscalls} of one core's kernel, given what it may use of the kernel. */
@FunctionalInterface
public interface ExtraSyscallsFactory {
    /** The kit's own: {@link KitExtraSyscalls}. */
    ExtraSyscallsFactory KIT = KitExtraSyscalls::new;

    ExtraSyscalls create(SyscallServices kernel);
}
