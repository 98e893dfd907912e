package eduscc.exercises.cli;

import eduscc.exercises.grading.ClassConstants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the class files of a student's class say about its progress, without running it: how many
 * of the starter's {@code TODO} markers are left, and a fingerprint that changes with every edit
 * that changes the code.
 *
 * <p>Every starter says what is left to write as {@code throw new UnsupportedOperationException("TODO
 * ...")}; the message is one string constant in the class file's constant pool (JVM spec §4.4), the
 * same whichever compiler made it. A student who writes a method deletes its throw, and with it
 * that string. So a class with TODO strings still has unwritten parts, and one that was never
 * graded and still has them is "not started".
 *
 * @param todos       the TODO messages left, in the order of the class files' pools (as the pool
 *                    reader gives strings, with dots written as '/')
 * @param fingerprint SHA-256 of the class files of the class and of every class nested in it
 */
record StarterMarks(List<String> todos, String fingerprint) {

    StarterMarks {
        todos = List.copyOf(todos);
    }

    /**
     * Reads the class named {@code className} on the kit's class path, or null when there is none
     * (the student's class was deleted or renamed).
     */
    static StarterMarks of(String className) {
        Class<?> top;
        try {
            top = Class.forName(className, false, StarterMarks.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        List<String> todos = new ArrayList<>();
        ClassConstants.firstUse(top, uses -> {
            for (ClassConstants.Use use : uses) {
                if (use.method() == null && use.name().startsWith("TODO")) {
                    todos.add(use.name());
                }
            }
            return null;
        });
        return new StarterMarks(todos, fingerprint(top));
    }

    /** Whether the starter's TODO markers are still there. */
    boolean hasTodos() {
        return !todos.isEmpty();
    }

    private static String fingerprint(Class<?> top) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        for (Class<?> cls : top.getNestMembers()) {
            try (InputStream in = cls.getResourceAsStream("/" + cls.getName().replace('.', '/') + ".class")) {
                if (in != null) {
                    sha.update(cls.getName().getBytes(StandardCharsets.UTF_8));
                    sha.update(in.readAllBytes());
                }
            } catch (IOException e) {
                sha.update(("unreadable " + cls.getName()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
