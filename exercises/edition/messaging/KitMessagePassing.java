package eduscc.kernel.ipc;

/**
 * STUDENT EDITION. The kit's RCCE_send and RCCE_recv are not in this tree: every core here sends
 * and receives with YOURS, {@code exercises/src/main/java/eduscc/exercises/messaging/StudentMessaging.java}
 * over your gory layer, and this class only hands each call to them. Write yours (the handout:
 * {@code exercises/src/main/resources/eduscc/exercises/messaging/HANDOUT.md}) and grade them with
 * {@code ./eduscc grade messaging}.
 *
 * <p>Yours is the messaging plug-in {@code "student"}, which the kit's command line registers;
 * where nothing registered it, this class makes {@code StudentMessaging} and its {@code Gory} itself.
 */
public final class KitMessagePassing implements MessagePassing {
    /** The student's send and receive, made when no plug-in {@code "student"} is registered. */
    private static final String STUDENT_CLASS = "eduscc.exercises.messaging.StudentMessaging";

    private final MessagePassing yours;

    /** @param gory the kit's gory layer, which your send and receive do not use: they have yours */
    public KitMessagePassing(MpbPort port, GoryLayer gory) {
        this.yours = yours(port);
    }

    private static MessagePassing yours(MpbPort port) {
        if (MessagingPlugins.isRegistered("student")) {
            return MessagingPlugins.get("student").create(port);
        }
        try {
            Object gory = Class.forName(STUDENT_CLASS + "$Gory").getConstructor(MpbPort.class).newInstance(port);
            return (MessagePassing) Class.forName(STUDENT_CLASS).getConstructor(MpbPort.class, GoryLayer.class)
                .newInstance(port, gory);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the student edition's kernel runs your " + STUDENT_CLASS + ", which"
                + " cannot be made here (" + e + "): start the kit with ./eduscc", e);
        }
    }

    @Override
    public void send(int buffer, int size, int dest) {
        yours.send(buffer, size, dest);
    }

    @Override
    public void recv(int buffer, int size, int source) {
        yours.recv(buffer, size, source);
    }
}
