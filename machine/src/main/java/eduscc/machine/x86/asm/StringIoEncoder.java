package eduscc.machine.x86.asm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Port I/O (IN, OUT) and the string instructions (MOVS, STOS, LODS, CMPS, SCAS, INS, OUTS).
 *
 * <p>The string instructions work on DS:(E)SI and ES:(E)DI and step them by the element size in
 * the direction of EFLAGS.DF; the suffix b/w/d names the element size, so they take no operands
 * here. A REP prefix repeats them (E)CX times, which is how a boot stub clears memory with
 * {@code rep stosd}. Whether SI/DI or ESI/EDI are used is the address size: {@code a32} in 16-bit
 * code selects the 32-bit registers.
 *
 * <p>IN and OUT move between the accumulator and a port given either as an 8-bit immediate
 * (ports 0-255) or in DX (any of the 65536 ports).
 */
final class StringIoEncoder implements Encoder {
    private static final Map<String, int[]> STRINGS = new HashMap<>();

    static {
        String[] names = {"movs", "cmps", "stos", "lods", "scas", "ins", "outs"};
        int[] opcodes = {0xA4, 0xA6, 0xAA, 0xAC, 0xAE, 0x6C, 0x6E};
        for (int i = 0; i < names.length; i++) {
            STRINGS.put(names[i] + "b", new int[] {opcodes[i], 8});
            STRINGS.put(names[i] + "w", new int[] {opcodes[i] + 1, 16});
            STRINGS.put(names[i] + "d", new int[] {opcodes[i] + 1, 32});
        }
    }

    @Override
    public Set<String> mnemonics() {
        Set<String> all = new HashSet<>(STRINGS.keySet());
        all.add("in");
        all.add("out");
        return all;
    }

    @Override
    public Encoding encode(Instruction insn, Site site) {
        if (insn.mnemonic().equals("in")) {
            insn.expectOperands(site, 2);
            return port(site, insn, insn.get(0), insn.get(1), 0xE4);
        }
        if (insn.mnemonic().equals("out")) {
            insn.expectOperands(site, 2);
            return port(site, insn, insn.get(1), insn.get(0), 0xE6);
        }
        insn.expectOperands(site, 0);
        int[] form = STRINGS.get(insn.mnemonic());
        return site.encoding().operandSize(form[1]).opcode(form[0]);
    }

    /** E4/E5 (in) and E6/E7 (out) with an immediate port; EC/ED and EE/EF with the port in DX. */
    private static Encoding port(Site site, Instruction insn, Operand data, Operand port, int opcode) {
        if (!(data instanceof Operand.Reg r) || !r.register().isAccumulator()) {
            throw site.error("'" + insn.mnemonic() + "' moves data only through al, ax or eax");
        }
        int w = r.size() == 8 ? 0 : 1;
        if (port instanceof Operand.Imm imm) {
            OperandForms.immediateKeyword(site, insn, imm, 8);
            Value number = imm.value();
            if (number.known() && (number.number() < 0 || number.number() > 255)) {
                site.problem("port " + number.shown() + " does not fit in a byte; put it in dx");
            }
            return site.encoding().operandSize(r.size()).opcode(opcode + w).raw(number.number(), 1);
        }
        if (port instanceof Operand.Reg p && p.register() == Register.DX) {
            return site.encoding().operandSize(r.size()).opcode(opcode + 8 + w);
        }
        throw site.error("the port of '" + insn.mnemonic() + "' is an immediate 0..255 or dx");
    }
}
