package eduscc.exercises.readyqueues;

import eduscc.kernel.sched.ReadyQueueFactory;
import eduscc.kernel.sched.ReadyQueuePlugins;
import java.util.function.IntUnaryOperator;

/**
 * Hostile: forgets to clear the bit, and when loaded registers the kit's queue as plug-in
 * "student", so that the lab, which finds its queue by that name, would run with the kit's.
 */
final class SwapsThePlugin extends ForgetsTheBit {
    static {
        ReadyQueuePlugins.register("student", ReadyQueueFactory.KIT);
    }

    SwapsThePlugin(IntUnaryOperator bsr) {
        super(bsr, true, false);
    }
}
