package eduscc.kernel.lguest;

import eduscc.machine.cpu.Operations;

/**
 * The guest kernel's driver for the launcher's virtio console (the guest's side of
 * {@link VirtioConsole}): characters gather in a line buffer in guest memory; at a newline (or a
 * full buffer) the driver puts the buffer into the transmit ring and kicks it with
 * LHCALL_NOTIFY, one exit per line. The host serves the ring before the hypercall returns, so the
 * one buffer and descriptor 0 are free again at once. The first line also tells the host the
 * driver is ready (status DRIVER_OK).
 */
final class GuestConsole {
    /** How a kick reaches the host: a hypercall (the layer's). */
    @FunctionalInterface
    interface Hypercall {
        int call(int number, int arg1, int arg2, int arg3);
    }

    private static final int LINE = GuestMemory.PAGE;
    private final Operations ops;
    private final int devicePage;
    private final int buffer;
    private final Hypercall hypercall;
    private int length;
    private int ring;

    GuestConsole(Operations ops, int devicePage, int buffer, Hypercall hypercall) {
        this.ops = ops;
        this.devicePage = devicePage;
        this.buffer = buffer;
        this.hypercall = hypercall;
    }

    void write(int ch) {
        ops.write8(buffer + length, ch);
        length++;
        if (ch == '\n' || length == LINE) {
            flush();
        }
    }

    private void flush() {
        if (ring == 0) {
            start();
        }
        ops.write32(ring, buffer);                   // descriptor 0: address, 64 bits
        ops.write32(ring + 4, 0);
        ops.write32(ring + 8, length);               // length
        ops.write32(ring + 12, 0);                   // flags 0, next 0: the chain is this buffer
        int available = ops.read16(ring + Virtqueue.AVAIL + 2);
        ops.write16(ring + Virtqueue.AVAIL + 4 + 2 * (available % Virtqueue.SIZE), 0);
        ops.write16(ring + Virtqueue.AVAIL + 2, available + 1);
        hypercall.call(Hypercalls.NOTIFY, ring, 0, 0);
        length = 0;
    }

    /** Finds the console's transmit ring in the device page and says the driver is ready. */
    private void start() {
        if (ops.read8(devicePage) != VirtioConsole.TYPE_CONSOLE) {
            throw new IllegalStateException("no virtio console in lguest's device page at 0x" + Integer.toHexString(devicePage));
        }
        ops.write8(devicePage + VirtioConsole.STATUS, VirtioConsole.DRIVER_OK);
        hypercall.call(Hypercalls.NOTIFY, devicePage, 0, 0);
        ring = ops.read32(devicePage + VirtioConsole.VQ_CONFIGS + 8 + 4) << 12;
        ops.write16(ring + Virtqueue.AVAIL, Virtqueue.NO_INTERRUPT);
    }
}
