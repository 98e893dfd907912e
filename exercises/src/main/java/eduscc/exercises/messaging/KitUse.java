package eduscc.exercises.messaging;

import eduscc.exercises.grading.ClassConstants;
import java.util.List;

/**
 * Finds a submission that hands the work to the kit's own instead of doing it, from its class
 * files' constant pools (JVM spec §4.4): a class it uses, or a string it could load by reflection,
 * that is the kit's send and receive, their registry or factory; or a call of
 * {@code MpbPort.kitGoryLayer}, the kit's gory layer.
 */
final class KitUse {
    private static final List<String> KIT_CLASSES = List.of("eduscc/kernel/ipc/KitMessagePassing",
        "eduscc/kernel/ipc/MessagingPlugins", "eduscc/kernel/ipc/MessagePassingFactory", "eduscc/kernel/ipc/MpbTransfer",
        "eduscc/kernel/ipc/Rcce", "eduscc/kernel/ipc/IRcce");
    private static final String PORT = "eduscc/kernel/ipc/MpbPort";

    private KitUse() {
    }

    /** What the class, or a class nested in it, uses of the kit's answer; or null. */
    static String inCode(Class<?> submitted) {
        return ClassConstants.firstUse(submitted, KitUse::kitName);
    }

    private static String kitName(List<ClassConstants.Use> uses) {
        for (ClassConstants.Use use : uses) {
            if (use.method() == null && KIT_CLASSES.contains(use.name())) {
                return use.name().replace('/', '.');
            }
            if (use.method() != null && use.name().equals(PORT) && use.method().equals("kitGoryLayer")) {
                return "eduscc.kernel.ipc.MpbPort.kitGoryLayer";
            }
        }
        return null;
    }
}
