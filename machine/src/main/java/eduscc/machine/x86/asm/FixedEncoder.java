package eduscc.machine.x86.asm;

import java.util.Map;
import java.util.Set;

/**
 * Instructions without operands, whose bytes never change: flag and interrupt control (CLI, STI,
 * CLD, STD, CLC, STC, CMC), HLT and NOP, the cache and TLB controls, CPUID and RDTSC (both present
 * on the SCC's P54C cores), the sign extensions of the accumulator, and the SCC's own CL1INVMB.
 */
final class FixedEncoder implements Encoder {

    /** The bytes of an instruction and the operand size it implies (0: whatever the mode is). */
    private record Form(int size, int... bytes) {
    }

    private static final Map<String, Form> FORMS = Map.ofEntries(
            Map.entry("cli", new Form(0, 0xFA)), Map.entry("sti", new Form(0, 0xFB)),
            Map.entry("cld", new Form(0, 0xFC)), Map.entry("std", new Form(0, 0xFD)),
            Map.entry("clc", new Form(0, 0xF8)), Map.entry("stc", new Form(0, 0xF9)),
            Map.entry("cmc", new Form(0, 0xF5)), Map.entry("hlt", new Form(0, 0xF4)),
            Map.entry("nop", new Form(0, 0x90)), Map.entry("lahf", new Form(0, 0x9F)),
            Map.entry("sahf", new Form(0, 0x9E)), Map.entry("leave", new Form(0, 0xC9)),
            // XLAT reads AL from [(E)BX + AL]; NASM spells the operand-less form XLATB.
            Map.entry("xlat", new Form(0, 0xD7)), Map.entry("xlatb", new Form(0, 0xD7)),
            Map.entry("clts", new Form(0, 0x0F, 0x06)), Map.entry("invd", new Form(0, 0x0F, 0x08)),
            Map.entry("wbinvd", new Form(0, 0x0F, 0x09)), Map.entry("ud2", new Form(0, 0x0F, 0x0B)),
            Map.entry("wrmsr", new Form(0, 0x0F, 0x30)), Map.entry("rdtsc", new Form(0, 0x0F, 0x31)),
            Map.entry("rdmsr", new Form(0, 0x0F, 0x32)), Map.entry("cpuid", new Form(0, 0x0F, 0xA2)),
            // CL1INVMB invalidates every L1 line tagged MPBT, without writing it back
            // (facts/scc-lguest-x86.md §A.3); the SCC reused the otherwise undefined 0F 0A.
            Map.entry("cl1invmb", new Form(0, 0x0F, 0x0A)),
            // One opcode, two names: the operand size decides whether AL→AX or AX→EAX is extended.
            Map.entry("cbw", new Form(16, 0x98)), Map.entry("cwde", new Form(32, 0x98)),
            Map.entry("cwd", new Form(16, 0x99)), Map.entry("cdq", new Form(32, 0x99)));

    @Override
    public Set<String> mnemonics() {
        return FORMS.keySet();
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        insn.expectOperands(site, 0);
        Form form = FORMS.get(insn.mnemonic());
        return site.encoding().operandSize(form.size()).opcode(form.bytes());
    }
}
