package eduscc.kernel.ipc;

import java.lang.reflect.InvocationTargetException;

/**
 * STUDENT EDITION. The kit's gory layer is not in this tree: every core here puts, gets and flags
 * with YOURS, {@code StudentMessaging.Gory} in
 * {@code exercises/src/main/java/eduscc/exercises/messaging/StudentMessaging.java}, and this class
 * only hands each call to it. That is the layer under RCCE's barrier, under iRCCE, under the
 * mailbox, and under the send and receive of every lab (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/messaging/HANDOUT.md}; grade it with
 * {@code ./eduscc grade messaging}).
 *
 * <p>In this edition the grader, too, has no gory layer of its own: where the instructor's kit
 * checks your send and receive over the kit's gory layer, and your gory layer against the kit's on
 * the other core, here both sides run yours. Get the gory checks to pass first.
 */
final class MpbTransfer implements GoryLayer {
    /** Your gory layer, nested in your send and receive. */
    private static final String STUDENT_CLASS = "eduscc.exercises.messaging.StudentMessaging$Gory";

    private final GoryLayer yours;

    MpbTransfer(MpbPort port) {
        this.yours = yours(port);
    }

    private static GoryLayer yours(MpbPort port) {
        try {
            return (GoryLayer) Class.forName(STUDENT_CLASS).getConstructor(MpbPort.class).newInstance(port);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("your StudentMessaging.Gory(MpbPort) threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public void put(int target, int source, int bytes) {
        yours.put(target, source, bytes);
    }

    @Override
    public void get(int target, int source, int bytes) {
        yours.get(target, source, bytes);
    }

    @Override
    public void writeFlag(int flag, int value) {
        yours.writeFlag(flag, value);
    }

    @Override
    public int readFlag(int flag) {
        return yours.readFlag(flag);
    }

    @Override
    public void waitUntil(int flag, int value) {
        yours.waitUntil(flag, value);
    }
}
