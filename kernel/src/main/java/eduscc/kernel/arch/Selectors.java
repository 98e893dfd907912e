package eduscc.kernel.arch;

/**
 * The GDT layout every core's kernel builds (eduOS gdt.c; DESIGN §4): index 0 null, 1 kernel
 * code, 2 kernel data, 3 user code, 4 user data, then one TSS descriptor per slot. A selector is
 * index·8 plus the requested privilege, so user selectors end in 3.
 */
public final class Selectors {
    public static final int NULL = 0x00;
    public static final int KERNEL_CODE = 0x08;
    public static final int KERNEL_DATA = 0x10;
    public static final int USER_CODE = 0x1B;
    public static final int USER_DATA = 0x23;
    /** GDT index of the first TSS descriptor. */
    public static final int FIRST_TSS_INDEX = 5;

    private Selectors() {
    }

    /** The selector of TSS slot {@code slot} (RPL 0). */
    public static int tss(int slot) {
        return (FIRST_TSS_INDEX + slot) * 8;
    }
}
