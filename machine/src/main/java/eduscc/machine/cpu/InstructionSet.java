package eduscc.machine.cpu;

/** Executes one x86 instruction at CS:EIP. The kit's interpreter implements it. */
@FunctionalInterface
public interface InstructionSet {
    void step(Core core);
}
