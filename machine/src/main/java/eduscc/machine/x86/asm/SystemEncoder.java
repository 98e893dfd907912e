package eduscc.machine.x86.asm;

import java.util.Map;
import java.util.Set;

/**
 * The system instructions an operating system uses to install its tables and inspect the
 * machine's protection state: LGDT/LIDT/SGDT/SIDT, LLDT/LTR/SLDT/STR, LMSW/SMSW and INVLPG.
 * (Moves to and from control registers are forms of MOV; the operand-less ones such as CLTS,
 * WBINVD and the SCC's CL1INVMB are in {@link FixedEncoder}.)
 *
 * <p>They live in groups 6 (0F 00) and 7 (0F 01) of the opcode map (SDM Vol. 2A Table A-6), the
 * operation again in the ModRM reg field. LGDT and its relatives take the 6-byte pseudo-descriptor
 * (limit, then base) in memory. In 16-bit code LGDT without a 0x66 prefix loads only 24 bits of
 * the base, so a boot stub whose GDT lies above 16 MiB writes {@code o32 lgdt [...]}.
 */
final class SystemEncoder implements Encoder {
    /** Group 7 members that need a memory operand, with their reg field. */
    private static final Map<String, Integer> TABLE_REGISTERS = Map.of(
            "sgdt", 0, "sidt", 1, "lgdt", 2, "lidt", 3, "invlpg", 7);
    /** Group 6 and group 7 members that take a 16-bit selector or machine-status word. */
    private static final Map<String, int[]> WORD_OPERAND = Map.of(
            "sldt", new int[] {0x00, 0}, "str", new int[] {0x00, 1},
            "lldt", new int[] {0x00, 2}, "ltr", new int[] {0x00, 3},
            "smsw", new int[] {0x01, 4}, "lmsw", new int[] {0x01, 6},
            "verr", new int[] {0x00, 4}, "verw", new int[] {0x00, 5});

    @Override
    public Set<String> mnemonics() {
        return Set.of("sgdt", "sidt", "lgdt", "lidt", "invlpg", "sldt", "str", "lldt", "ltr", "smsw", "lmsw", "verr",
                "verw", "lar", "lsl", "arpl");
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        switch (insn.mnemonic()) {
            case "lar" -> {
                return selectorQuery(site, insn, 0x02);
            }
            case "lsl" -> {
                return selectorQuery(site, insn, 0x03);
            }
            case "arpl" -> {
                return arpl(site, insn);
            }
            default -> {
            }
        }
        insn.expectOperands(site, 1);
        Operand operand = insn.get(0);
        String m = insn.mnemonic();
        if (TABLE_REGISTERS.containsKey(m)) {
            if (!(operand instanceof Operand.Mem)) {
                throw site.error("'" + m + "' needs a memory operand");
            }
            if (operand.size() != 0) {
                throw site.error("'" + m + "' takes no size keyword; its operand is an address");
            }
            return site.encoding().opcode(0x0F, 0x01).modrm(TABLE_REGISTERS.get(m), operand);
        }
        int[] form = WORD_OPERAND.get(m);
        if (!OperandForms.isGeneral(operand) || operand.size() == 8) {
            throw insn.invalid(site);
        }
        boolean stores = m.equals("sldt") || m.equals("str") || m.equals("smsw");
        int size = 0;
        if (operand instanceof Operand.Reg r) {
            // Storing into a 32-bit register writes all of it, so the size counts; a load reads a
            // word, and NASM insists that the register says so.
            if (!stores && r.size() != 16) {
                throw site.error("'" + m + "' reads a 16-bit register or word in memory");
            }
            size = stores ? r.size() : 0;
        } else if (operand.size() == 32) {
            throw site.error("'" + m + "' reads or writes a word in memory, not a dword");
        }
        return site.encoding().operandSize(size).opcode(0x0F, form[0]).modrm(form[1], operand);
    }

    /**
     * LAR / LSL reg, r/m16 (0F 02 / 0F 03): the register receives the access rights or the
     * limit and fixes the operand size; the selector is a word (a 32-bit register's low half).
     */
    private static Encoding selectorQuery(Site site, Instruction insn, int opcode) {
        insn.expectOperands(site, 2);
        Operand selector = insn.get(1);
        if (!(insn.get(0) instanceof Operand.Reg r) || !r.isGeneral() || r.size() == 8 || !OperandForms.isGeneral(selector)
                || selector.size() == 8 || selector instanceof Operand.Mem && selector.size() == 32) {
            throw insn.invalid(site);
        }
        return site.encoding().operandSize(r.size()).opcode(0x0F, opcode).modrm(r.register().code, selector);
    }

    /** ARPL r/m16, r16 (63 /r): both operands are selectors, so both are words. */
    private static Encoding arpl(Site site, Instruction insn) {
        insn.expectOperands(site, 2);
        Operand target = insn.get(0);
        if (!OperandForms.isGeneral(target) || target.size() != 16 && target.size() != 0
                || !(insn.get(1) instanceof Operand.Reg r) || !r.isGeneral() || r.size() != 16) {
            throw site.error("'arpl' adjusts a 16-bit selector by a 16-bit register");
        }
        return site.encoding().opcode(0x63).modrm(r.register().code, target);
    }
}
