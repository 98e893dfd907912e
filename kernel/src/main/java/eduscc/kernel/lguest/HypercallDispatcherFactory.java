package eduscc.kernel.lguest;

/**
 * Makes the {@link HypercallDispatcher} of one guest (as {@code PageFaultResolverFactory} makes a
 * core's page-fault resolver): one per launcher, so that each guest's ring has its own next slot.
 */
@FunctionalInterface
public interface HypercallDispatcherFactory {
    /** The kit's own: {@link KitHypercallDispatcher}. */
    HypercallDispatcherFactory KIT = KitHypercallDispatcher::new;

    HypercallDispatcher create();
}
