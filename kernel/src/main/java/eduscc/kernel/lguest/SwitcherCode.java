package eduscc.kernel.lguest;

import eduscc.kernel.boot.KernelResources;
import eduscc.machine.cpu.Vector;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;




/**
 * lguest's Switcher as the kit ships it (facts C.3): {@value #SOURCE}, followed by the guest
 * IDT's 256 default stubs, assembled once per JVM for {@link SwitcherLayout#CODE}. Each stub
 * pushes an error code where the processor pushes none (every vector but 8, 10-14 and 17),
 * pushes its vector and jumps to the way out; the NMI's jumps to {@code handle_nmi}. The kit's
 * assembler has no macros, so this class writes the stubs out as source lines, which the
 * debugger's listing shows like the rest of the file.
 */
public final class SwitcherCode {
    public static final String SOURCE = "switcher.asm";

    private SwitcherCode() {
    }

    /** The assembled Switcher: one page of code at {@link SwitcherLayout#CODE}. */
    public static Assembly assembly() {
        return Holder.ASSEMBLY;
    }

    private static final class Holder {
        static final Assembly ASSEMBLY = assemble();

        private static Assembly assemble() {
            Assembly assembly = Assembler.assemble(SOURCE, source());
            if (assembly.origin() != Integer.toUnsignedLong(SwitcherLayout.CODE)) {
                throw new IllegalStateException(SOURCE + " must start at the Switcher's address, 0xFFC00000");
            }
            if (assembly.bytes().length > SwitcherLayout.PAGE) {
                throw new IllegalStateException(SOURCE + " is " + assembly.bytes().length + " bytes; the Switcher has one page");
            }
            return assembly;
        }
    }

    /** switcher.asm as it ships in the kernel jar, with the stubs appended. */
    public static String source() {
        return fileText() + stubs();
    }

    /** The linear address of a label, e.g. {@code run_guest_once}. */
    public static int address(String label) {
        Long value = assembly().symbols().get(label);
        if (value == null) {
            throw new IllegalArgumentException(SOURCE + " has no label '" + label + "'");
        }
        return value.intValue();
    }

    /** Where the guest IDT's default gate for {@code vector} points. */
    public static int stub(int vector) {
        return address("lguest_stub" + vector);
    }

    private static String stubs() {
        StringBuilder text = new StringBuilder("\n;; The guest IDT's default stubs (written out by SwitcherCode).\n");
        for (int vector = 0; vector < 256; vector++) {
            text.append("lguest_stub").append(vector).append(":\n");
            if (!Vector.pushesErrorCode(vector)) {
                text.append("    push 0\n");
            }
            text.append("    push ").append(vector).append('\n');
            text.append(vector == 2 ? "    jmp handle_nmi\n" : "    jmp switch_to_host\n");
        }
        return text.toString();
    }

    private static String fileText() {
        return KernelResources.text(SwitcherCode.class, SOURCE);
    }
}
