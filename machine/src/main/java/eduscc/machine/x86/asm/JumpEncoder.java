package eduscc.machine.x86.asm;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * JMP, the conditional jumps, JCXZ/JECXZ and the LOOP family.
 *
 * <p>A jump to a label is relative: it stores the distance from the end of the jump to the
 * target. The short forms (EB, 70+cc, E3, E0-E2) store one signed byte and reach -128..127; the
 * near forms (E9, 0F 80+cc) store a word in 16-bit code and a dword in 32-bit code. Unless
 * {@code short} or {@code near} is written, a jump starts short and grows to near in a later pass
 * if its target turns out to be too far (see {@link SizeChoices}). JCXZ and LOOP have no near
 * form, so a far target is an error.
 *
 * <p>{@code jmp 0x08:pm32} is a far jump (EA) with the selector and offset in the instruction;
 * it is the one way to load CS with a protected-mode selector right after setting CR0.PE.
 * {@code jmp dword 0x08:pm32} in 16-bit code gives it a 32-bit offset (66 EA), which a boot stub
 * needs when the 32-bit code lies above 64 KiB.
 */
final class JumpEncoder implements Encoder {
    /** The condition number cc in 70+cc and 0F 80+cc (SDM Vol. 2A Appendix B.1.4.7, Table B-10). */
    static final Map<String, Integer> CONDITIONS = Map.ofEntries(
            Map.entry("jo", 0x0), Map.entry("jno", 0x1),
            Map.entry("jb", 0x2), Map.entry("jc", 0x2), Map.entry("jnae", 0x2),
            Map.entry("jae", 0x3), Map.entry("jnb", 0x3), Map.entry("jnc", 0x3),
            Map.entry("je", 0x4), Map.entry("jz", 0x4),
            Map.entry("jne", 0x5), Map.entry("jnz", 0x5),
            Map.entry("jbe", 0x6), Map.entry("jna", 0x6),
            Map.entry("ja", 0x7), Map.entry("jnbe", 0x7),
            Map.entry("js", 0x8), Map.entry("jns", 0x9),
            Map.entry("jp", 0xA), Map.entry("jpe", 0xA),
            Map.entry("jnp", 0xB), Map.entry("jpo", 0xB),
            Map.entry("jl", 0xC), Map.entry("jnge", 0xC),
            Map.entry("jge", 0xD), Map.entry("jnl", 0xD),
            Map.entry("jle", 0xE), Map.entry("jng", 0xE),
            Map.entry("jg", 0xF), Map.entry("jnle", 0xF));
    private static final Map<String, Integer> SHORT_ONLY = Map.of(
            "jcxz", 0xE3, "jecxz", 0xE3, "loop", 0xE2, "loope", 0xE1, "loopz", 0xE1, "loopne", 0xE0, "loopnz", 0xE0);

    @Override
    public Set<String> mnemonics() {
        Set<String> all = new HashSet<>(CONDITIONS.keySet());
        all.addAll(SHORT_ONLY.keySet());
        all.add("jmp");
        return all;
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        insn.expectOperands(site, 1);
        Operand target = insn.get(0);
        String m = insn.mnemonic();
        if (m.equals("jmp")) {
            return jmp(site, insn, target);
        }
        if (!(target instanceof Operand.Imm imm)) {
            throw site.error("'" + m + "' needs a label or address as its target");
        }
        if (imm.size() != 0) {
            throw site.error("'" + m + "' takes no size keyword");
        }
        if (CONDITIONS.containsKey(m)) {
            int cc = CONDITIONS.get(m);
            return relative(site, imm, 0x70 + cc, site.bits(), 0x0F, 0x80 + cc);
        }
        if (imm.distance() == Operand.Distance.NEAR || imm.distance() == Operand.Distance.FAR) {
            throw site.error("'" + m + "' can only jump short");
        }
        Encoding e = site.encoding().opcode(SHORT_ONLY.get(m)).relative(imm.value(), 1);
        // JCXZ tests CX and JECXZ tests ECX; which one the CPU uses is the address size.
        return switch (m) {
            case "jcxz" -> e.addressSize(16);
            case "jecxz" -> e.addressSize(32);
            default -> e;
        };
    }

    private static Encoding jmp(Site site, Instruction insn, Operand target) {
        if (target instanceof Operand.Imm imm) {
            if (imm.distance() == Operand.Distance.FAR) {
                throw site.error("a far jump needs selector:offset, for example 'jmp 0x08:start'");
            }
            if (imm.size() == 8) {
                throw insn.invalid(site);
            }
            int size = imm.size() == 0 ? site.bits() : imm.size();
            return relative(site, imm, 0xEB, size, 0xE9);
        }
        if (target instanceof Operand.FarPointer pointer) {
            return far(site, 0xEA, pointer);
        }
        return indirect(site, insn, target, 4);
    }

    /**
     * A relative branch that may be short or near. A size keyword ({@code jmp dword label})
     * asks for a near jump of that operand size, so it skips the short form.
     */
    static Encoding relative(Site site, Operand.Imm imm, int shortOpcode, int size, int... nearOpcode) {
        Operand.Distance distance = imm.distance();
        boolean sized = imm.size() != 0;
        if (distance == Operand.Distance.SHORT && shortOpcode >= 0) {
            return site.encoding().opcode(shortOpcode).relative(imm.value(), 1);
        }
        if (distance == Operand.Distance.SHORT) {
            throw site.error("there is no short form of this instruction");
        }
        if (distance == Operand.Distance.UNSPECIFIED && !sized && shortOpcode >= 0) {
            Encoding shortForm = site.encoding().opcode(shortOpcode).relative(imm.value(), 1);
            long reach = imm.value().known() ? shortForm.displacement() : 0;
            int needed = reach >= -128 && reach <= 127 ? 0 : 1;
            if (site.choose(needed) == 0) {
                return shortForm;
            }
        }
        return site.encoding().operandSize(size).opcode(nearOpcode).relative(imm.value(), size / 8);
    }

    /** JMP/CALL ptr16:16 or ptr16:32: the offset in the operand size, then the 16-bit selector. */
    static Encoding far(Site site, int opcode, Operand.FarPointer pointer) {
        int size = pointer.size() == 0 ? site.bits() : pointer.size();
        if (size == 8) {
            throw site.error("a far pointer has a 16- or 32-bit offset");
        }
        return site.encoding().operandSize(size).opcode(opcode).imm(pointer.offset(), size).imm(pointer.selector(), 16);
    }

    /**
     * JMP/CALL through a register or memory: FF /4 or /2 near, FF /5 or /3 far. A far target in
     * memory holds offset then selector; its size keyword names the offset's size.
     */
    static Encoding indirect(Site site, Instruction insn, Operand target, int nearExtension) {
        if (target instanceof Operand.Reg r && r.isGeneral() && r.size() != 8) {
            return site.encoding().operandSize(r.size()).opcode(0xFF).modrm(nearExtension, target);
        }
        if (target instanceof Operand.Mem m && m.size() != 8) {
            if (m.distance() == Operand.Distance.FAR) {
                return site.encoding().operandSize(m.size()).opcode(0xFF).modrm(nearExtension + 1, m);
            }
            if (m.distance() == Operand.Distance.SHORT) {
                throw site.error("a jump through memory cannot be short");
            }
            return site.encoding().operandSize(m.size()).opcode(0xFF).modrm(nearExtension, m);
        }
        throw insn.invalid(site);
    }
}
