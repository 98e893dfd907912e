package eduscc.visualizer.queues;

/**
 * One bit of the 32-bit {@code prioBitmap} as the run-queue view draws it.
 *
 * @param bit     the bit number, which is also the priority whose ready list it stands for
 * @param lit     set: the list of this priority is non-empty
 * @param bsr     this is the bit BSR finds, the highest set bit, so {@code msb(prioBitmap)}
 * @param flipped the bit was set or cleared since the previous snapshot
 */
public record BitmapCell(int bit, boolean lit, boolean bsr, boolean flipped) {
}
