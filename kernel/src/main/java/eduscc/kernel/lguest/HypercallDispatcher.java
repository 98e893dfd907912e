package eduscc.kernel.lguest;

/**
 * lguest's do_hypercalls and do_async_hcalls (hypercalls.c, facts C.1): what the host does when
 * the guest traps with INT 0x1F, and with the calls the guest queued in lguest_data's ring. The
 * part that the exercise {@code hypercalls} asks a student to write: it maps a call number and its
 * arguments to one of the host's actions ({@link HypercallHost}). The kit's own answer is
 * {@link KitHypercallDispatcher}; a lab chooses one by name ({@link HypercallPlugins}).
 *
 * <p>One dispatcher serves one guest, from the launcher's task on the host, in ring 0 between two
 * runs of the guest; it may keep what lguest keeps per guest CPU (the ring's next slot).
 *
 * <p>The rules: LHCALL_LGUEST_INIT must come first, and only once; before every other synchronous
 * call the ring runs; a number lguest does not know, or one the kit does not have (LHCALL_LOAD_TLS),
 * kills the guest with a reason that names it; LHCALL_FLUSH_ASYNC and LHCALL_SEND_INTERRUPTS do
 * nothing but exit (the ring ran, interrupts get their chance).
 */
public interface HypercallDispatcher {

    /**
     * The guest's synchronous hypercall {@code call} (its EAX); the arguments are in
     * {@code host.arg1()} to {@code arg3()}. The host puts 0 into the guest's EAX afterwards.
     */
    void hypercall(HypercallHost host, int call);

    /**
     * The asynchronous ring: from the slot after the last one run, every slot that is pending,
     * in order, each run as a synchronous call would be and then marked done; at most one round
     * of 64, wrapping from slot 63 to 0. Nothing before LHCALL_LGUEST_INIT. The launcher calls it
     * on every pass of its loop, and {@link #hypercall} before each call.
     */
    void runAsync(HypercallHost host);
}
