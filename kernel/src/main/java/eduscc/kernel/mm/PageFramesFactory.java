package eduscc.kernel.mm;

import eduscc.machine.cpu.Operations;

/** Makes the {@link PageFrames} of one core's kernel, given the core's machine operations. */
@FunctionalInterface
public interface PageFramesFactory {
    /** The kit's own: {@link KitPageFrames}. */
    PageFramesFactory KIT = KitPageFrames::new;

    PageFrames create(Operations ops);
}
