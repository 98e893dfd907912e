package eduscc.kernel.lguest;

/**
 * One virtqueue as the host serves it (virtio's split ring in lguest's legacy layout, facts C.6):
 * {@value #SIZE} descriptors of 16 bytes ({addr u64, len u32, flags u16, next u16}), then the
 * available ring the guest fills ({flags u16, idx u16, ring[SIZE] u16}), then, on the next 4 KiB
 * boundary (LGUEST_VRING_ALIGN), the used ring the host fills ({flags u16, idx u16,
 * ring[SIZE] {id u32, len u32}}). The host walks the available entries it has not seen yet, hands
 * each buffer chain to its device, and puts the chain's head into the used ring.
 */
final class Virtqueue {
    /** VIRTQUEUE_NUM of the later launchers. */
    static final int SIZE = 256;
    static final int DESCRIPTOR = 16;
    static final int AVAIL = SIZE * DESCRIPTOR;
    static final int USED = 2 * 4096;
    /** The pages one ring takes: descriptors and available ring, then the used ring. */
    static final int PAGES = 3;
    /** Descriptor flag: the chain goes on at {@code next}. */
    static final int NEXT = 1;
    /** Available-ring flag: the guest wants no interrupt when buffers are used. */
    static final int NO_INTERRUPT = 1;

    /** What a device does with one buffer of a chain: {@code length} bytes at guest-physical {@code address}. */
    @FunctionalInterface
    interface Buffer {
        void take(int address, int length);
    }

    private final GuestMemory memory;
    /** The ring's guest-physical address: its page frame number shifted by 12. */
    final int ring;
    final int irq;
    private int lastSeen;

    Virtqueue(GuestMemory memory, int ring, int irq) {
        this.memory = memory;
        this.ring = ring;
        this.irq = irq;
    }

    /** Serves every chain the guest made available since the last time; returns whether any was. */
    boolean serve(Buffer device) {
        int available = read16(ring + AVAIL + 2);
        boolean any = false;
        while (lastSeen != available) {
            int head = read16(ring + AVAIL + 4 + 2 * (lastSeen % SIZE));
            int length = walk(head, device);
            int used = read16(ring + USED + 2);
            memory.write32(ring + USED + 4 + 8 * (used % SIZE), head);
            memory.write32(ring + USED + 8 + 8 * (used % SIZE), length);
            write16(ring + USED + 2, (used + 1) & 0xFFFF);
            lastSeen = (lastSeen + 1) & 0xFFFF;
            any = true;
        }
        return any;
    }

    /** Whether the guest asked not to be interrupted for used buffers. */
    boolean interruptsSuppressed() {
        return (read16(ring + AVAIL) & NO_INTERRUPT) != 0;
    }

    private int walk(int head, Buffer device) {
        int total = 0;
        int index = head;
        for (int hops = 0; hops < SIZE; hops++) {
            if (index >= SIZE) {
                throw new GuestFault("virtqueue at 0x" + Integer.toHexString(ring) + ": descriptor " + index + " beyond its " + SIZE);
            }
            int at = ring + DESCRIPTOR * index;
            int address = memory.read32(at);
            int length = memory.read32(at + 8);
            int flags = read16(at + 12);
            if (memory.read32(at + 4) != 0 || !memory.contains(address, length)) {
                throw new GuestFault(String.format("virtqueue buffer at 0x%08X (%d bytes) is outside its memory", address, length));
            }
            device.take(address, length);
            total += length;
            if ((flags & NEXT) == 0) {
                return total;
            }
            index = read16(at + 14);
        }
        throw new GuestFault("virtqueue at 0x" + Integer.toHexString(ring) + ": a descriptor chain longer than the ring");
    }

    private int read16(int gpa) {
        return memory.read16(gpa);
    }

    private void write16(int gpa, int value) {
        memory.write16(gpa, value);
    }
}
