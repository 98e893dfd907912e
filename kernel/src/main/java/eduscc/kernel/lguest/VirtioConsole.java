package eduscc.kernel.lguest;

/**
 * The guest's console as lguest's launcher offers it (facts C.6, the "lguest bus" before
 * Linux 4.1): a page of device descriptors just above the guest's RAM, with one entry, a
 * virtio console (type 3) with two virtqueues, receive (IRQ 1) and transmit (IRQ 2), whose rings
 * follow in the next pages, and a type-0 entry that ends the list. The guest puts its output
 * into transmit buffers and kicks the queue with LHCALL_NOTIFY(the ring's address): one exit for
 * a whole line, where the debug port costs one per byte. The host prints what it finds as the
 * guest's console and marks the buffers used; it interrupts the guest for them unless the guest
 * said it needs no interrupt.
 *
 * <p>Descriptor layout: {u8 type, u8 num_vq, u8 feature_len, u8 config_len, u8 status}, then
 * num_vq × {u16 num, u16 irq, u32 pfn}; no features, no configuration bytes.
 */
final class VirtioConsole {
    static final int TYPE_CONSOLE = 3;
    static final int RECEIVE_IRQ = 1;
    static final int TRANSMIT_IRQ = 2;
    /** DEVICE_PAGES of lguest's launcher: descriptors and rings above the guest's RAM. */
    static final int DEVICE_PAGES = 256;
    static final int STATUS = 4;
    static final int VQ_CONFIGS = 5;
    /** virtio status: ACKNOWLEDGE | DRIVER | DRIVER_OK. */
    static final int DRIVER_OK = 7;

    private final Guest guest;
    private final VirtualInterrupts irqs;
    /** The guest-physical address of the device page: the top of the guest's RAM. */
    private final int devicePage;
    private final Virtqueue receive;
    private final Virtqueue transmit;

    VirtioConsole(Guest guest, VirtualInterrupts irqs, int devicePage) {
        this.guest = guest;
        this.irqs = irqs;
        this.devicePage = devicePage;
        this.receive = new Virtqueue(guest.memory, devicePage + GuestMemory.PAGE, RECEIVE_IRQ);
        this.transmit = new Virtqueue(guest.memory, devicePage + GuestMemory.PAGE * (1 + Virtqueue.PAGES), TRANSMIT_IRQ);
    }

    /** The guest-physical address of the descriptor page: the top of the guest's RAM. */
    int devicePage() {
        return devicePage;
    }

    /** The launcher writes the descriptor page before the guest starts. */
    void describe() {
        GuestMemory m = guest.memory;
        m.write8(devicePage, TYPE_CONSOLE);
        m.write8(devicePage + 1, 2);
        m.write8(devicePage + 2, 0);
        m.write8(devicePage + 3, 0);
        m.write8(devicePage + STATUS, 0);
        writeQueueConfig(VQ_CONFIGS, receive);
        writeQueueConfig(VQ_CONFIGS + 8, transmit);
        m.write8(devicePage + VQ_CONFIGS + 16, 0);
    }

    private void writeQueueConfig(int offset, Virtqueue queue) {
        guest.memory.write16(devicePage + offset, Virtqueue.SIZE);
        guest.memory.write16(devicePage + offset + 2, queue.irq);
        guest.memory.write32(devicePage + offset + 4, queue.ring >>> 12);
    }

    /** LHCALL_NOTIFY({@code address}): a kick of one of the rings, or a status change of the device. */
    void notify(int address) {
        if (address == transmit.ring) {
            if (transmit.serve(this::print) && !transmit.interruptsSuppressed()) {
                irqs.raise(transmit.irq);
            }
        } else if (address == receive.ring) {
            receive.serve((gpa, length) -> { });
        } else if (address == devicePage) {
            int status = guest.memory.read8(devicePage + STATUS);
            guest.say(status == DRIVER_OK ? "virtio console: the guest's driver is ready"
                : "virtio console: status " + status);
        } else {
            throw new GuestFault(String.format("LHCALL_NOTIFY of 0x%08X, where no device has a ring or a descriptor", address));
        }
    }

    /** One transmit buffer: its bytes go to the console, as the guest's. */
    private void print(int gpa, int length) {
        for (int i = 0; i < length; i++) {
            guest.consoleByte(guest.memory.read8(gpa + i));
        }
    }
}
