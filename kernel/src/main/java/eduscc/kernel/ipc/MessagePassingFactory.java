package eduscc.kernel.ipc;

/**
 * Makes the {@link MessagePassing} of one core's RCCE (as {@code HypercallDispatcherFactory} makes
 * a guest's dispatcher), when the kernel starts messaging.
 */
@FunctionalInterface
public interface MessagePassingFactory {
    /** The kit's own: {@link KitMessagePassing} over the kit's gory layer. */
    MessagePassingFactory KIT = port -> new KitMessagePassing(port, port.kitGoryLayer());

    /** @param port this core's view of the MPBs: its rank, the layout, the shares, the machine operations */
    MessagePassing create(MpbPort port);
}
