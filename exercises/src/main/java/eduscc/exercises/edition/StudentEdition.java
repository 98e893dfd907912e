package eduscc.exercises.edition;

import eduscc.exercises.grading.ReferenceRecording;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Writes the student edition of a kit (issue 14): a copy of the kit's files in which each file that
 * holds an exercise's answer is replaced as the {@link EditionPlan} says, the instructor-only files
 * are left out, the README is the student's, and each exercise's grader gets the recording of what
 * the kit's reference showed ({@link ReferenceRecording}), since the reference itself is gone.
 *
 * <p>The kit's files are what git knows of it, tracked or new but not ignored ({@code git ls-files}),
 * so that build output and a student's grade book never travel; without git, every file outside
 * {@code target/}, {@code .git} and {@code .eduscc}.
 */
public final class StudentEdition {
    /** What was written. */
    public record Written(int copied, List<String> replaced, int leftOut, List<String> recorded) {
    }

    private final Path kit;
    private final EditionPlan plan;

    public StudentEdition(Path kit, EditionPlan plan) {
        this.kit = kit;
        this.plan = plan;
    }

    /**
     * Writes the edition into {@code target}, which must be empty or not exist yet.
     *
     * @param recordings each exercise's name, and what makes the JSON of its reference's recording,
     *                   in the order to make them
     */
    public Written write(Path target, Map<String, Supplier<String>> recordings) {
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new EditionException(target + " is not an empty folder: the student edition goes into a new one");
        }
        List<String> files = kitFiles();
        List<String> stale = plan.unmatched(files);
        if (!stale.isEmpty()) {
            throw new EditionException(String.join("\n", stale));
        }
        int copied = 0;
        int leftOut = 0;
        List<String> replaced = new ArrayList<>();
        try {
            for (String file : files) {
                if (plan.leavesOut(file)) {
                    leftOut++;
                    continue;
                }
                Path from = plan.replacements().getOrDefault(file, kit.resolve(file));
                if (file.equals("README.md")) {
                    from = plan.readme();
                }
                if (!from.equals(kit.resolve(file))) {
                    replaced.add(file);
                }
                Path to = target.resolve(file);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                copied++;
            }
            List<String> recorded = new ArrayList<>();
            for (Map.Entry<String, Supplier<String>> r : recordings.entrySet()) {
                Path to = target.resolve("exercises/src/main/resources/" + ReferenceRecording.FOLDER + r.getKey() + ".json");
                Files.createDirectories(to.getParent());
                Files.writeString(to, r.getValue().get(), StandardCharsets.UTF_8);
                recorded.add(r.getKey());
            }
            return new Written(copied, replaced, leftOut, recorded);
        } catch (IOException e) {
            throw new EditionException("cannot write the student edition into " + target + ": " + e);
        }
    }

    /** Every file of the kit, from its folder, with '/', sorted. */
    List<String> kitFiles() {
        List<String> fromGit = gitFiles();
        return fromGit != null ? fromGit : walk();
    }

    private List<String> gitFiles() {
        if (!Files.exists(kit.resolve(".git"))) {
            return null;
        }
        try {
            Process git = new ProcessBuilder("git", "-C", kit.toString(), "ls-files", "-z", "--cached", "--others",
                "--exclude-standard").redirectErrorStream(false).start();
            byte[] out;
            try (InputStream in = git.getInputStream()) {
                out = in.readAllBytes();
            }
            if (git.waitFor() != 0) {
                return null;
            }
            TreeSet<String> files = new TreeSet<>();
            for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!name.isEmpty() && Files.isRegularFile(kit.resolve(name))) {
                    files.add(name);
                }
            }
            return List.copyOf(files);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private List<String> walk() {
        TreeSet<String> files = new TreeSet<>();
        try {
            Files.walkFileTree(kit, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(kit) && List.of("target", ".git", ".eduscc").contains(name)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(kit.relativize(file).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new EditionException("cannot read the kit in " + kit + ": " + e);
        }
        return List.copyOf(files);
    }

    private static boolean isEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
