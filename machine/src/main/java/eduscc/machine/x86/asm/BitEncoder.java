package eduscc.machine.x86.asm;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Instructions that move or probe single bits: the shifts and rotates of group 2, the double
 * shifts SHLD and SHRD, the bit tests BT, BTS, BTR, BTC, the bit scans BSF and BSR that a
 * scheduler uses to find the highest priority with a ready task, and SETcc, which stores a
 * condition as a byte (SDM Vol. 1 §7.3.5-§7.3.7).
 *
 * <p>Group 2 (SDM Vol. 2A Table A-6) puts the operation in the ModRM reg field in the order of
 * {@link #SHIFTS}; SAL is another name for SHL and 6 is unused. A count of 1 has its own opcodes
 * (D0/D1) because the 8086 could not shift by an immediate at all; the 80186 added C0/C1 ib.
 */
final class BitEncoder implements Encoder {
    private static final List<String> SHIFTS = List.of("rol", "ror", "rcl", "rcr", "shl", "shr", "sal", "sar");
    private static final List<String> BIT_TESTS = List.of("bt", "bts", "btr", "btc");

    @Override
    public Set<String> mnemonics() {
        Set<String> all = new HashSet<>(Set.of("rol", "ror", "rcl", "rcr", "shl", "sal", "shr", "sar", "bt", "bts", "btr",
                "btc", "bsf", "bsr", "shld", "shrd"));
        for (String jcc : JumpEncoder.CONDITIONS.keySet()) {
            all.add("set" + jcc.substring(1));
        }
        return all;
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        String m = insn.mnemonic();
        if (m.startsWith("set")) {
            return setcc(site, insn, JumpEncoder.CONDITIONS.get("j" + m.substring(3)));
        }
        if (m.equals("shld") || m.equals("shrd")) {
            return shiftDouble(site, insn, m.equals("shld") ? 0xA4 : 0xAC);
        }
        insn.expectOperands(site, 2);
        if (SHIFTS.contains(m)) {
            return shift(site, insn, m.equals("sal") ? 4 : SHIFTS.indexOf(m));
        }
        if (BIT_TESTS.contains(m)) {
            return bitTest(site, insn, BIT_TESTS.indexOf(m));
        }
        return bitScan(site, insn, m.equals("bsf") ? 0xBC : 0xBD);
    }

    private static Encoding shift(Site site, Instruction insn, int n) {
        Operand target = insn.get(0);
        Operand count = insn.get(1);
        if (!OperandForms.isGeneral(target)) {
            throw insn.invalid(site);
        }
        int size = OperandForms.requireSize(site, target.size());
        int w = size == 8 ? 0 : 1;
        if (count instanceof Operand.Reg r && r.register() == Register.CL) {
            return site.encoding().operandSize(size).opcode(0xD2 + w).modrm(n, target);
        }
        if (!(count instanceof Operand.Imm imm)) {
            throw site.error("a shift count must be an immediate or cl");
        }
        OperandForms.immediateKeyword(site, insn, imm, 8);
        Value v = imm.value();
        int needed = v.known() && (v.relocatable() || v.number() != 1) ? 1 : 0;
        if (site.choose(needed) == 0) {
            return site.encoding().operandSize(size).opcode(0xD0 + w).modrm(n, target);
        }
        return site.encoding().operandSize(size).opcode(0xC0 + w).modrm(n, target).imm(v, 8);
    }

    /** BT r/m, r is 0F A3/AB/B3/BB; with an immediate bit number it is group 8, 0F BA /4../7 ib. */
    private static Encoding bitTest(Site site, Instruction insn, int n) {
        Operand base = insn.get(0);
        Operand bit = insn.get(1);
        if (!OperandForms.isGeneral(base) || base.size() == 8) {
            throw insn.invalid(site);
        }
        if (bit instanceof Operand.Imm imm) {
            OperandForms.immediateKeyword(site, insn, imm, 8);
            int size = OperandForms.requireSize(site, base.size());
            return site.encoding().operandSize(size).opcode(0x0F, 0xBA).modrm(4 + n, base).imm(imm.value(), 8);
        }
        if (bit instanceof Operand.Reg r && r.isGeneral() && r.size() != 8) {
            int size = OperandForms.agreedSize(site, insn, base, bit);
            return site.encoding().operandSize(size).opcode(0x0F, 0xA3 + 8 * n).modrm(r.register().code, base);
        }
        throw insn.invalid(site);
    }

    /** BSF/BSR r, r/m (0F BC/BD): the destination receives the index of the lowest or highest set bit. */
    private static Encoding bitScan(Site site, Instruction insn, int opcode) {
        if (!(insn.get(0) instanceof Operand.Reg r) || !r.isGeneral() || r.size() == 8
                || !OperandForms.isGeneral(insn.get(1))) {
            throw insn.invalid(site);
        }
        int size = OperandForms.agreedSize(site, insn, r, insn.get(1));
        return site.encoding().operandSize(size).opcode(0x0F, opcode).modrm(r.register().code, insn.get(1));
    }

    /** SETcc r/m8 (0F 90+cc, reg field ignored and written as 0): cc as in Jcc. */
    private static Encoding setcc(Site site, Instruction insn, int cc) {
        insn.expectOperands(site, 1);
        Operand target = insn.get(0);
        if (!OperandForms.isGeneral(target) || target.size() != 8 && target.size() != 0) {
            throw site.error("'" + insn.mnemonic() + "' stores a byte: give it an 8-bit register or byte memory");
        }
        return site.encoding().opcode(0x0F, 0x90 + cc).modrm(0, target);
    }

    /**
     * SHLD/SHRD r/m, reg, imm8 (0F A4 / AC) or CL (0F A5 / AD): the register supplies the bits
     * shifted in and fixes the operand size; there is no byte form.
     */
    private static Encoding shiftDouble(Site site, Instruction insn, int opcode) {
        insn.expectOperands(site, 3);
        Operand target = insn.get(0);
        if (!OperandForms.isGeneral(target) || !(insn.get(1) instanceof Operand.Reg r) || !r.isGeneral() || r.size() == 8) {
            throw insn.invalid(site);
        }
        int size = OperandForms.agreedSize(site, insn, target, r);
        Operand count = insn.get(2);
        if (count instanceof Operand.Reg c && c.register() == Register.CL) {
            return site.encoding().operandSize(size).opcode(0x0F, opcode + 1).modrm(r.register().code, target);
        }
        if (!(count instanceof Operand.Imm imm)) {
            throw site.error("the count of '" + insn.mnemonic() + "' must be an immediate or cl");
        }
        OperandForms.immediateKeyword(site, insn, imm, 8);
        return site.encoding().operandSize(size).opcode(0x0F, opcode).modrm(r.register().code, target).imm(imm.value(), 8);
    }
}
