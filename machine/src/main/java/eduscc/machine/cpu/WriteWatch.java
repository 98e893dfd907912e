package eduscc.machine.cpu;

/**
 * A data watchpoint, as a debugger sets with the P54C's debug registers DR0–DR3 (SDM Vol. 3B
 * §17.2, "R/W = 01: break on data writes"), but over any linear range: told of every data write a
 * core makes through its segments or to linear memory (the CPU's own descriptor and TSS writes
 * included), after the segment and paging checks have passed and <em>before</em> the bytes change.
 * A watch that asks the machine to stop therefore stops at the end of the writing instruction
 * (the next boundary), with the write done, as a data breakpoint trap does on the real CPU.
 *
 * <p>Writes the CPU makes to physical memory on its own (accessed and dirty bits in page
 * tables) are not data writes and are not reported. The watch runs on the writing core's
 * context, in global time order.
 */
@FunctionalInterface
public interface WriteWatch {
    /**
     * @param pid    the writing core
     * @param linear the first linear address written (a write crossing a page boundary is told byte by byte)
     * @param size   how many bytes (1, 2 or 4)
     */
    void written(int pid, int linear, int size);
}
