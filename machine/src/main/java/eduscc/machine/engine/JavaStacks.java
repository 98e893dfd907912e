package eduscc.machine.engine;

/** Formats Java stacks for panic and hang reports: the frames a student needs, not the JDK's. */
final class JavaStacks {
    private static final int MAX_FRAMES = 25;

    private JavaStacks() {
    }

    static String format(StackTraceElement[] frames) {
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (StackTraceElement frame : frames) {
            if (shown == MAX_FRAMES) {
                s.append("\tat ...\n");
                break;
            }
            s.append("\tat ").append(frame).append('\n');
            shown++;
        }
        return s.toString();
    }

    static String format(Throwable t) {
        StringBuilder s = new StringBuilder(t.toString()).append('\n').append(format(t.getStackTrace()));
        for (Throwable cause = t.getCause(); cause != null && cause != t; cause = cause.getCause()) {
            s.append("Caused by: ").append(cause).append('\n').append(format(cause.getStackTrace()));
        }
        return s.toString();
    }
}
