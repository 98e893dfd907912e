package eduscc.kernel.lguest;

import eduscc.kernel.boot.KernelResources;
import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import java.util.List;

/**
 * The guests that ship with the kit, as x86 sources beside the kernel
 * ({@code eduscc/kernel/guests/NAME.asm}), each assembled into a flat image at its {@code org},
 * started at its first byte with the stack just below it.
 */
public final class ShippedGuests {
    /** The guests written in x86, each {@code eduscc/kernel/guests/NAME.asm}. */
    public static final List<String> NAMES = List.of("hello", "hcallbench");
    /** The kit's own kernel as the guest ({@link GuestKernel}): what a lab names to run a program inside a guest. */
    public static final String KIT_KERNEL = "eduscc";

    private ShippedGuests() {
    }

    /** The image of guest {@code name}; an IllegalArgumentException lists the shipped ones for any other name. */
    public static GuestImage image(String name) {
        Assembly assembly = Assembler.assemble(name + ".asm", source(name));
        int origin = (int) assembly.origin();
        return new GuestImage(name, assembly.bytes(), origin, origin, origin);
    }

    public static String source(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no shipped guest named '" + name + "'; shipped: " + String.join(", ", NAMES));
        }
        return KernelResources.text(ShippedGuests.class, "/eduscc/kernel/guests/" + name + ".asm");
    }
}
