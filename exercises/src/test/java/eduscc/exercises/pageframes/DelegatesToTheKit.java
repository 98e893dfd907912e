package eduscc.exercises.pageframes;

import eduscc.kernel.mm.KitPageFrames;
import eduscc.machine.cpu.Operations;

/** Leaves the work to the kit's own KitPageFrames: every check passes, none counts. */
public final class DelegatesToTheKit extends SolvedPageFrames {
    private final KitPageFrames kit;

    public DelegatesToTheKit(Operations ops) {
        super(ops);
        kit = new KitPageFrames(ops);
    }

    @Override
    public int allocate() {
        return kit.allocate();
    }
}
