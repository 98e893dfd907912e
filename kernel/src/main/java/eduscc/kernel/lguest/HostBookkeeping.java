package eduscc.kernel.lguest;

/**
 * What the host keeps about one guest in Java, copied at a pause for the debugger's lguest view
 * (issue 12, "In the debugger"): where the Switcher's three pages are, which guest directory the
 * shadow in use mirrors, which shadow the Switcher loads into CR3, and the last entry a page
 * fault filled. Everything else the view shows (the regs page, the state page, the page tables)
 * it reads from simulated memory; these values are the host's own variables (lguest's
 * {@code struct lguest}, DESIGN §4), so nothing in memory says them.
 *
 * <p>The values change only when the launcher's code changes them, and that code runs as part of
 * the deterministic run: a debugger that reaches a position again by replaying the run from its
 * boot (or from a replica that did) finds the same values there.
 *
 * @param guest            the guest's name
 * @param codeFrame        host-physical frame of the Switcher's code page
 * @param regsFrame        ... of the regs page (struct lguest_regs at its end)
 * @param stateFrame       ... of the read-only state page (struct lguest_ro_state, the guest's IDT, GDT, TSS)
 * @param memoryBase       host-physical address of guest-physical 0
 * @param memorySize       bytes of guest memory (RAM and device pages)
 * @param guestDirectory   guest-physical address of the guest's page directory in use (its CR3)
 * @param shadowDirectory  host-physical address of that directory's shadow (the guest world's real CR3)
 * @param cachedDirectories the guest directories the host keeps shadows for, in cache order (0: a free slot)
 * @param lastFill         the last entry a page fault filled, or null before the first
 * @param exits            the guest's exits so far
 * @param endReason        how the guest ended, or null while it runs
 */
public record HostBookkeeping(String guest, int codeFrame, int regsFrame, int stateFrame, int memoryBase, int memorySize,
                              int guestDirectory, int shadowDirectory, java.util.List<Integer> cachedDirectories,
                              ShadowFill lastFill, long exits, String endReason) {
    public HostBookkeeping {
        cachedDirectories = java.util.List.copyOf(cachedDirectories);
    }

    /**
     * One entry lguest's demand_page copied from the guest's page table into a shadow.
     *
     * @param linear         the faulting address (CR2)
     * @param guestDirectory the guest directory whose shadow was filled
     * @param newTable       whether the fault also gave the shadow directory a new page table
     */
    public record ShadowFill(int linear, int guestDirectory, boolean newTable) {
    }
}
