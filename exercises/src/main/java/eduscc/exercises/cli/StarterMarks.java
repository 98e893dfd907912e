package eduscc.exercises.cli;

import eduscc.exercises.grading.ClassConstants;
import eduscc.exercises.resetstub.ResetStubExercise;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * graded and still has them is "not started". A reset stub is assembly source, with its TODOs in
 * comments ({@link #ofStub}).
 *
 * @param todos       the TODO messages left, in the order of the class files' pools (as the pool
 *                    reader gives strings, with dots written as '/')
 * @param fingerprint SHA-256 of the class files of the class and of every class nested in it (of a
 *                    reset stub: of its text)
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
        if (ResetStubExercise.isStub(className)) {
            return ofStub(className);
        }
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

    /**
     * The marks of a reset stub, an assembly source: its starter says what is left to write in
     * comments that begin with {@code TODO}, which a student deletes as they write the code; the
     * fingerprint is that of the text. Null when the stub is not there.
     */
    private static StarterMarks ofStub(String stub) {
        if (!ResetStubExercise.exists(stub)) {
            return null;
        }
        String text;
        try {
            text = ResetStubExercise.text(stub);
        } catch (UncheckedIOException e) {
            return null;
        }
        List<String> todos = text.lines().map(line -> line.substring(line.indexOf(';') + 1).trim())
            .filter(comment -> comment.startsWith("TODO")).toList();
        return new StarterMarks(todos, HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** How the overview names the student's class or file: {@code StudentGdt}, {@code student-reset.asm}. */
    static String simpleName(String studentClass) {
        return ResetStubExercise.isStub(studentClass) ? studentClass.substring(studentClass.lastIndexOf('/') + 1)
            : studentClass.substring(studentClass.lastIndexOf('.') + 1);
    }

    /** Whether the starter's TODO markers are still there. */
    boolean hasTodos() {
        return !todos.isEmpty();
    }

    private static String fingerprint(Class<?> top) {
        MessageDigest sha = sha256();
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
