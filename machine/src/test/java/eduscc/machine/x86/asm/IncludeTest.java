package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code %include "FILE"}: the file's lines in place of the directive, each still named by its own file and line. */
class IncludeTest {
    /** Files held in memory, as a library on the class path is. */
    private static IncludePath files(Map<String, String> texts) {
        return new IncludePath() {
            @Override
            public SourceFile find(String name) {
                return texts.containsKey(name) ? new SourceFile(name, texts.get(name)) : null;
            }

            @Override
            public String describe() {
                return "the test's files " + texts.keySet();
            }
        };
    }

    private static Assembly assemble(String text, Map<String, String> library) {
        return Assembler.assemble("prog.asm", text, OutputFormat.FLAT_BINARY, files(library));
    }

    @Test
    void theIncludedLinesStandWhereTheDirectiveWas() {
        Assembly program = assemble("mov ax, 1\n%include \"lib.asm\" ; the helpers\ncall twice\n",
            Map.of("lib.asm", "twice: add ax, ax\n  ret\n"));
        // B8 0100 (mov ax, 1) | 01 C0 (add ax, ax) | C3 (ret) | E8 FAFF (call twice: 3 - 9 = -6)
        assertEquals("B8 01 00 01 C0 C3 E8 FA FF", hex(program.bytes()));
        assertEquals(3L, program.symbols().get("twice"));
        ListingLine add = program.lineAt(3).orElseThrow();
        assertEquals(1, add.lineNumber(), "the line in lib.asm, not in prog.asm");
        assertEquals("lib.asm", add.include());
        assertEquals(null, program.lineAt(6).orElseThrow().include(), "call twice is prog.asm's own line 3");
        assertEquals(3, program.lineAt(6).orElseThrow().lineNumber());
        assertTrue(program.render().contains("    1  00000003  01C0                    <lib.asm> twice: add ax, ax"),
            program.render());
    }

    @Test
    void aMissingFileIsNamedWithTheLineThatWantedItAndWhereItWasLookedFor() {
        AssemblyException e = assertThrows(AssemblyException.class,
            () -> assemble("nop\n  %include 'crt1.asm'\n", Map.of("crt0.asm", "")));
        assertEquals("prog.asm:2: include file 'crt1.asm' not found; looked in the test's files [crt0.asm]",
            e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void withoutAnIncludePathEveryIncludeIsMissing() {
        AssemblyException e = assertThrows(AssemblyException.class,
            () -> Assembler.assemble("boot.asm", "%include \"crt0.asm\"", OutputFormat.ELF32));
        assertEquals("boot.asm:1: include file 'crt0.asm' not found; looked in nowhere (this program is assembled"
            + " without include files)", e.getMessage());
    }

    @Test
    void aMistakeInAnIncludedFileNamesThatFileAndItsLine() {
        AssemblyException e = assertThrows(AssemblyException.class,
            () -> assemble("nop\nnop\n%include \"lib.asm\"\n", Map.of("lib.asm", "nop\nmovq rax, 1\n")));
        assertEquals("lib.asm:2: unknown instruction 'movq'", e.getMessage());
        assertEquals("lib.asm", e.sourceName());
    }

    @Test
    void aCycleIsAnErrorNamingTheChain() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> assemble("%include \"a.asm\"\n",
            Map.of("a.asm", "nop\n%include \"b.asm\"\n", "b.asm", "%include \"a.asm\"\n")));
        assertEquals("b.asm:1: include cycle: prog.asm includes a.asm includes b.asm includes a.asm again",
            e.getMessage());
        AssemblyException self = assertThrows(AssemblyException.class,
            () -> assemble("%include \"prog.asm\"\n", Map.of("prog.asm", "")));
        assertEquals("prog.asm:1: include cycle: prog.asm includes prog.asm again", self.getMessage());
    }

    @Test
    void includingAFileTwiceDefinesItsLabelsTwice() {
        AssemblyException e = assertThrows(AssemblyException.class,
            () -> assemble("%include \"lib.asm\"\n%include \"lib.asm\"\n", Map.of("lib.asm", "\nf: ret\n")));
        assertEquals("lib.asm:2: duplicate label 'f' (first defined on line 2)", e.getMessage());
        AssemblyException mine = assertThrows(AssemblyException.class,
            () -> assemble("%include \"lib.asm\"\nf: nop\n", Map.of("lib.asm", "\nf: ret\n")));
        assertEquals("prog.asm:2: duplicate label 'f' (first defined at lib.asm:2)", mine.getMessage());
    }

    @Test
    void otherPreprocessorDirectivesAndBadNamesAreErrors() {
        assertEquals("prog.asm:1: unknown directive '%define'; the kit's assembler knows only %include \"FILE\"",
            assertThrows(AssemblyException.class, () -> assemble("%define X 1", Map.of())).getMessage());
        assertEquals("prog.asm:1: %include needs a file name in quotes, e.g. %include \"crt0.asm\"",
            assertThrows(AssemblyException.class, () -> assemble("%include crt0.asm", Map.of())).getMessage());
        assertEquals("prog.asm:1: unexpected 'nop' after the file name of %include",
            assertThrows(AssemblyException.class, () -> assemble("%include \"a.asm\" nop", Map.of())).getMessage());
        assertEquals("prog.asm:1: %include needs a file name, not \"\"",
            assertThrows(AssemblyException.class, () -> assemble("%include \"\"", Map.of())).getMessage());
    }

    /**
     * Jump sizes are remembered per statement, not per line number: line 2 of prog.asm must grow
     * to a near jump while line 2 of lib.asm stays short.
     */
    @Test
    void sameLineNumbersInTwoFilesAreSizedApart() {
        Assembly program = assemble("%include \"lib.asm\"\njmp over\ntimes 200 nop\nover:\n",
            Map.of("lib.asm", "; the helper\njmp next\nnext:\n"));
        // EB 00 (short, to the next line) | E9 C8 00 (near: 200 NOPs to skip from 5)
        assertEquals("EB 00 E9 C8 00 90", hex(program.bytes()).substring(0, 17));
        assertEquals(205, program.bytes().length);
    }

    @Test
    void aFolderFindsFilesBesideAndBelowIt(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/util.asm"), "util: ret\n");
        Files.writeString(dir.resolve("loop.asm"), "nop\n");
        IncludePath folder = IncludePath.folder(dir);
        assertEquals("util: ret\n", folder.find("lib/util.asm").text());
        assertEquals(null, folder.find("missing.asm"));
        assertEquals(Path.of("lib", "util.asm").toString(), folder.find("lib/util.asm").name());
        AssemblyException e = assertThrows(AssemblyException.class, () -> Assembler.assemble("loop.asm",
            "%include \"./loop.asm\"\n", OutputFormat.FLAT_BINARY, folder));
        assertEquals("loop.asm:1: include cycle: loop.asm includes loop.asm again", e.getMessage(),
            "./loop.asm is the program itself");
        AssemblyException viaLib = assertThrows(AssemblyException.class, () -> Assembler.assemble("loop.asm",
            "%include \"lib/../loop.asm\"\n", OutputFormat.FLAT_BINARY, folder));
        assertEquals("loop.asm:1: include cycle: loop.asm includes loop.asm again", viaLib.getMessage());
    }

    @Test
    void theFirstPlaceThatHasTheFileWins() {
        IncludePath mine = files(Map.of("crt0.asm", "db 1\n"));
        IncludePath kit = files(Map.of("crt0.asm", "db 2\n", "syscalls.asm", "db 3\n"));
        Assembly program = Assembler.assemble("prog.asm", "%include \"crt0.asm\"\n%include \"syscalls.asm\"\n",
            OutputFormat.FLAT_BINARY, mine.then(kit));
        assertEquals("01 03", hex(program.bytes()));
    }
}
