package eduscc.kernel.mm;

import eduscc.machine.cpu.Operations;

/**
 * Makes the {@link PageFaultResolver} of one core's kernel, given the core's machine operations
 * and its frame allocator (as {@code ReadyQueueFactory} makes a core's ready queue).
 */
@FunctionalInterface
public interface PageFaultResolverFactory {
    /** The kit's own: {@link KitPageFaultResolver}. */
    PageFaultResolverFactory KIT = KitPageFaultResolver::new;

    PageFaultResolver create(Operations ops, FrameAllocator frames);
}
