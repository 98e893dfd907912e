package eduscc.labs.debug;

import eduscc.kernel.KernelSnapshot;

/**
 * One core's kernel as its timer tick {@code tick} ended: taken when the next timer interrupt
 * is delivered, before its handler counts the tick. A lab's narration check for a tick that the
 * run has left behind is judged against this, so the verdict does not depend on how the lecturer
 * got to the present position.
 *
 * @param console the core's console output up to then
 */
public record TickEnd(int core, long tick, KernelSnapshot kernel, String console) {
}
