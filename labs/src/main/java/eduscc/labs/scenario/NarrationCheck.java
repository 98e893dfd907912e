package eduscc.labs.scenario;

/**
 * What the class should see at a narration step, checked live by the debugger: the task running
 * on the step's core, the ready-queue bitmap, or text on the core's console. Any combination; at
 * least one.
 *
 * @param running    the name of the task that should be running
 * @param prioBitmap the expected prioBitmap
 * @param console    text the core's console should contain
 */
public record NarrationCheck(String running, Long prioBitmap, String console) {
    public NarrationCheck {
        if (running == null && prioBitmap == null && console == null) {
            throw new FieldError("", "a check needs at least one of: running, prioBitmap, console");
        }
    }

    /** e.g. "running is realtime, prioBitmap = 0x80010102". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (running != null) {
            s.append("running is ").append(running);
        }
        if (prioBitmap != null) {
            s.append(s.length() == 0 ? "" : ", ").append(String.format("prioBitmap = 0x%08X", prioBitmap));
        }
        if (console != null) {
            s.append(s.length() == 0 ? "" : ", ").append("console shows \"").append(console).append('"');
        }
        return s.toString();
    }
}
