package eduscc.machine.x86;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eduscc.machine.cpu.CoreStopped;
import eduscc.machine.cpu.CpuFault;
import eduscc.machine.cpu.Registers;
import eduscc.machine.x86.disasm.ByteSource;
import eduscc.machine.x86.disasm.Disassembler;
import eduscc.machine.x86.disasm.Instruction;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The disassembler and the interpreter read the same bytes the same way: random bytes are
 * executed as one instruction, in real mode and in flat 32-bit protected mode, and wherever the
 * interpreter completes an instruction that does not branch, the disassembler must call it valid
 * and give it exactly the length by which EIP moved. Where the interpreter finds no opcode at all,
 * the disassembler must not invent one.
 */
class DisassemblerAgreementTest {
    /** Instructions that load EIP themselves, so their length cannot be read off EIP. */
    private static final Set<String> TRANSFERS = Set.of("jmp", "call", "ret", "retf", "int", "int3", "into", "iret",
            "iretw", "iretd", "loop", "loope", "loopne", "jcxz", "jecxz", "jo", "jno", "jb", "jae", "je", "jne", "jbe",
            "ja", "js", "jns", "jp", "jnp", "jl", "jge", "jle", "jg");

    @Test
    void everyInstructionTheInterpreterCompletesHasTheDisassemblersLengthInRealMode() {
        agree(false, 20_000);
    }

    @Test
    void everyInstructionTheInterpreterCompletesHasTheDisassemblersLengthInProtectedMode() {
        agree(true, 20_000);
    }

    private static void agree(boolean bits32, int cases) {
        Random random = new Random(7);
        Bench bench = new Bench(bits32);
        int compared = 0;
        for (int i = 0; i < cases; i++) {
            byte[] code = new byte[16];
            random.nextBytes(code);
            Instruction insn = Disassembler.decode(ByteSource.of(code, bench.codeAddress), bench.codeAddress, bits32);
            String name = insn.mnemonic().substring(insn.mnemonic().lastIndexOf(' ') + 1);
            try {
                int moved = bench.run(code);
                if (TRANSFERS.contains(name) && insn.valid()) {
                    continue;
                }
                compared++;
                if (!insn.valid() || insn.length() != moved) {
                    fail(String.format("bits %d: the interpreter ran %s as %d bytes, the disassembler reads %s",
                            bits32 ? 32 : 16, HexFormat.of().withUpperCase().formatHex(code), moved, insn));
                }
            } catch (CpuFault fault) {
                if (fault.getMessage().contains("unknown opcode") && insn.valid()) {
                    fail("the interpreter knows no opcode in " + HexFormat.of().formatHex(code) + " (" + fault.getMessage()
                            + "), but the disassembler reads " + insn);
                }
            } catch (CoreStopped stopped) {
                bench.fresh();
            }
        }
        assertTrue(compared > cases / 3, compared + " of " + cases + " instructions completed and were compared");
    }

    /**
     * One machine reused for every case, with its registers put back before each: rebuilding it
     * costs 16 MiB of memory, so a fresh one is made only when an instruction changed the mode.
     */
    private static final class Bench {
        private final boolean bits32;
        private TestMachine m;
        private int savedCr0;
        final int codeAddress;

        Bench(boolean bits32) {
            this.bits32 = bits32;
            this.codeAddress = bits32 ? TestMachine.PM_CODE : TestMachine.REAL_CODE;
            fresh();
        }

        void fresh() {
            m = bits32 ? TestMachine.protectedMode("") : TestMachine.realMode("");
            savedCr0 = m.regs.cr0;
        }

        /** Executes {@code code} as one instruction; returns how far EIP moved. */
        int run(byte[] code) {
            restore();
            m.put(codeAddress, code);
            m.step();
            return m.regs.eip - codeAddress;
        }

        /**
         * Registers that point memory operands at the scratch area, ECX small so that a REP
         * finishes in one step, and the segments and tables of the set-up.
         */
        private void restore() {
            Registers regs = m.regs;
            if (regs.cr0 != savedCr0 || regs.protectedMode() != bits32
                    || bits32 && (regs.cs().selector() != TestMachine.CODE0 || !regs.cs().big())) {
                fresh();
                regs = m.regs;
            }
            int[] values = {0x1234, 2, 0x8000, 0x8100, 0, 0x8200, 0x8300, 0x8400};
            for (int r = 0; r < 8; r++) {
                regs.set(r, values[r]);
            }
            regs.setEsp(bits32 ? TestMachine.PM_STACK : 0x7000);
            regs.eflags = 0x2;
            regs.cr3 = 0;
            regs.cr4 = 0;
            regs.eip = codeAddress;
            try {
                if (bits32) {
                    m.core.systemInstructions().lgdt(TestMachine.GDT, 8 * 8 - 1);
                    m.core.systemInstructions().lidt(TestMachine.IDT, 256 * 8 - 1);
                    for (int s : new int[] {Registers.DS, Registers.ES, Registers.SS, Registers.FS, Registers.GS}) {
                        m.core.segmentation().loadData(s, TestMachine.DATA0);
                    }
                } else {
                    for (int s = 0; s < 6; s++) {
                        regs.segment(s).loadReal(0);
                    }
                }
            } catch (CpuFault corrupted) {
                // A random store hit the GDT: start again from a clean machine.
                fresh();
                restore();
            }
        }
    }
}
