package eduscc.machine.x86.disasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import eduscc.machine.x86.asm.AssemblyException;
import eduscc.machine.x86.asm.ListingLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The round trip the disassembler promises: the kit's assembler turns lines into bytes, the
 * disassembler turns those bytes back into one instruction per line, and assembling that text
 * gives the same bytes. A failure names the source line, the text it came back as and both byte
 * strings, which is what a student comparing a listing with the disassembly would see.
 */
final class RoundTrip {
    private RoundTrip() {
    }

    /** Assembles {@code lines} at {@code origin} in {@code bits} mode and checks every one of them round-trips. */
    static void check(List<String> lines, int bits, long origin) {
        String header = "bits " + bits + "\norg " + origin + "\n";
        Assembly original = assemble(header + String.join("\n", lines));
        List<ListingLine> code = new ArrayList<>();
        for (ListingLine line : original.listing()) {
            if (line.length() > 0) {
                code.add(line);
            }
        }
        byte[] bytes = original.bytes();
        long end = origin + bytes.length;
        checkRange(original, code, origin, end, bits);
    }

    /**
     * Disassembles {@code from..to} of an assembly whose instruction lines are {@code code}
     * (consecutive, covering the range) and checks that each line comes back as one instruction
     * that re-assembles, at its own address, to its own bytes.
     */
    static void checkRange(Assembly assembly, List<ListingLine> code, long from, long to, int bits) {
        byte[] image = assembly.bytes();
        ByteSource source = ByteSource.of(image, assembly.origin());
        List<Instruction> decoded = Disassembler.decodeRange(source, from, to, bits == 32);
        for (int i = 0; i < Math.min(code.size(), decoded.size()); i++) {
            ListingLine line = code.get(i);
            Instruction insn = decoded.get(i);
            if (insn.address() != line.address() || insn.length() != line.length() || !insn.valid()) {
                fail(String.format("bits %d: '%s' at 0x%X is %s, but came back as '%s' (%s, %d bytes)", bits,
                        line.source().strip(), line.address(), hex(slice(assembly, line.address(), line.length())),
                        insn.text(), insn.valid() ? "valid" : "invalid", insn.length()));
            }
        }
        assertEquals(code.size(), decoded.size(), "instructions decoded from " + code.size() + " lines");
        // One program first, because assembling every line alone is slow; only a failure looks closer.
        StringBuilder text = new StringBuilder("bits " + bits + "\norg " + from + "\n");
        for (Instruction insn : decoded) {
            text.append(insn.text()).append('\n');
        }
        byte[] expected = Arrays.copyOfRange(image, (int) (from - assembly.origin()), (int) (to - assembly.origin()));
        byte[] again = assembleOrExplain(text.toString(), decoded, bits);
        if (!Arrays.equals(expected, again)) {
            for (int i = 0; i < decoded.size(); i++) {
                checkAlone(code.get(i), decoded.get(i), bits);
            }
            fail("bits " + bits + ": the disassembly re-assembles to different bytes, but every line alone agrees");
        }
    }

    /** One instruction, assembled at its own address: the bytes must be those of its listing line. */
    private static void checkAlone(ListingLine line, Instruction insn, int bits) {
        byte[] again = assemble("bits " + bits + "\norg " + insn.address() + "\n" + insn.text()).bytes();
        assertTrue(Arrays.equals(insn.bytes(), again), () -> String.format(
                "bits %d: '%s' is %s, disassembled as '%s', which assembles to %s", bits, line.source().strip(),
                hex(insn.bytes()), insn.text(), hex(again)));
    }

    private static byte[] assembleOrExplain(String text, List<Instruction> decoded, int bits) {
        try {
            return assemble(text).bytes();
        } catch (AssemblyException e) {
            // Line numbers count the two header lines.
            int index = e.line() - 3;
            Instruction culprit = index >= 0 && index < decoded.size() ? decoded.get(index) : null;
            throw new AssertionError("bits " + bits + ": the assembler rejects the disassembly"
                    + (culprit == null ? "" : " of " + hex(culprit.bytes())) + ": " + e.getMessage(), e);
        }
    }

    static Assembly assemble(String text) {
        return Assembler.assemble("roundtrip.asm", text);
    }

    static byte[] slice(Assembly assembly, long address, int length) {
        int offset = (int) (address - assembly.origin());
        return Arrays.copyOfRange(assembly.bytes(), offset, offset + length);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
