package eduscc.machine.x86.asm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the {@link Encoder} for a mnemonic. */
final class InstructionSet {
    private static final List<Encoder> FAMILIES = List.of(new MoveEncoder(), new AluEncoder(),
            new MultiplyEncoder(), new BitEncoder(), new StackEncoder(), new JumpEncoder(),
            new CallReturnEncoder(), new SystemEncoder(), new StringIoEncoder(), new FixedEncoder(),
            new ExchangeEncoder(), new PointerEncoder(), new DecimalEncoder());
    private static final Map<String, Encoder> BY_MNEMONIC = new HashMap<>();

    static {
        for (Encoder family : FAMILIES) {
            for (String mnemonic : family.mnemonics()) {
                if (BY_MNEMONIC.put(mnemonic, family) != null) {
                    throw new IllegalStateException("two encoders claim '" + mnemonic + "'");
                }
            }
        }
    }

    private InstructionSet() {
    }

    static boolean knows(String mnemonic) {
        return BY_MNEMONIC.containsKey(mnemonic);
    }

    static Encoding encode(Instruction instruction, Site site) {
        return BY_MNEMONIC.get(instruction.mnemonic()).encode(instruction, site);
    }
}
