package eduscc.kernel.lguest;

/**
 * lguest's hypercall numbers for 32-bit x86 (facts C.1): the guest puts the number in EAX and up
 * to four arguments in EBX, ECX, EDX and ESI, executes INT 0x1F (a DPL-1 gate, so ring 1 may use
 * it), and finds the result in EAX. A number the host does not know kills the guest.
 */
public final class Hypercalls {
    /** The vector of INT 0x1F, lguest's LGUEST_TRAP_ENTRY. */
    public static final int TRAP_ENTRY = 0x1F;

    public static final int FLUSH_ASYNC = 0;
    public static final int LGUEST_INIT = 1;
    public static final int SHUTDOWN = 2;
    public static final int NEW_PGTABLE = 4;
    public static final int FLUSH_TLB = 5;
    public static final int LOAD_IDT_ENTRY = 6;
    public static final int SET_STACK = 7;
    public static final int TS = 8;
    public static final int SET_CLOCKEVENT = 9;
    public static final int HALT = 10;
    public static final int SET_PTE = 14;
    public static final int SET_PGD = 15;
    public static final int LOAD_TLS = 16;
    public static final int NOTIFY = 17;
    public static final int LOAD_GDT_ENTRY = 18;
    public static final int SEND_INTERRUPTS = 19;

    /** SHUTDOWN's second argument. */
    public static final int SHUTDOWN_POWEROFF = 1;
    public static final int SHUTDOWN_RESTART = 2;

    private static final String[] NAMES = new String[20];

    static {
        NAMES[FLUSH_ASYNC] = "LHCALL_FLUSH_ASYNC";
        NAMES[LGUEST_INIT] = "LHCALL_LGUEST_INIT";
        NAMES[SHUTDOWN] = "LHCALL_SHUTDOWN";
        NAMES[NEW_PGTABLE] = "LHCALL_NEW_PGTABLE";
        NAMES[FLUSH_TLB] = "LHCALL_FLUSH_TLB";
        NAMES[LOAD_IDT_ENTRY] = "LHCALL_LOAD_IDT_ENTRY";
        NAMES[SET_STACK] = "LHCALL_SET_STACK";
        NAMES[TS] = "LHCALL_TS";
        NAMES[SET_CLOCKEVENT] = "LHCALL_SET_CLOCKEVENT";
        NAMES[HALT] = "LHCALL_HALT";
        NAMES[SET_PTE] = "LHCALL_SET_PTE";
        NAMES[SET_PGD] = "LHCALL_SET_PGD";
        NAMES[LOAD_TLS] = "LHCALL_LOAD_TLS";
        NAMES[NOTIFY] = "LHCALL_NOTIFY";
        NAMES[LOAD_GDT_ENTRY] = "LHCALL_LOAD_GDT_ENTRY";
        NAMES[SEND_INTERRUPTS] = "LHCALL_SEND_INTERRUPTS";
    }

    private Hypercalls() {
    }

    /**
     * The number of the hypercall named {@code name} ("LHCALL_SET_PTE", or "SET_PTE" without the
     * prefix, in any case), or -1 if lguest has none of that name.
     */
    public static int number(String name) {
        String wanted = name.strip().toUpperCase(java.util.Locale.ROOT);
        for (int n = 0; n < NAMES.length; n++) {
            if (NAMES[n] != null && (NAMES[n].equals(wanted) || NAMES[n].equals("LHCALL_" + wanted))) {
                return n;
            }
        }
        return -1;
    }

    /**
     * The hypercall {@code text} names: a number ("14", "0xE") or a name ("LHCALL_SET_PTE",
     * "set_pte"), as a debugger's breakpoint gives it.
     *
     * @throws IllegalArgumentException naming the hypercalls there are, if lguest has no such one
     */
    public static int parse(String text) {
        String t = text == null ? "" : text.strip();
        int number;
        try {
            number = t.toLowerCase(java.util.Locale.ROOT).startsWith("0x") ? Integer.parseInt(t.substring(2), 16)
                : Integer.parseInt(t);
        } catch (NumberFormatException notANumber) {
            number = number(t);
        }
        if (number < 0 || number(name(number)) != number) {
            throw new IllegalArgumentException("lguest has no hypercall \"" + t + "\"; give a number or one of " + names());
        }
        return number;
    }

    /** The names lguest gives its hypercalls, in number order. */
    public static java.util.List<String> names() {
        return java.util.Arrays.stream(NAMES).filter(java.util.Objects::nonNull).toList();
    }

    /** The name of hypercall {@code number}, e.g. "LHCALL_HALT", or "hypercall N" for one lguest does not have. */
    public static String name(int number) {
        if (number >= 0 && number < NAMES.length && NAMES[number] != null) {
            return NAMES[number];
        }
        return "hypercall " + number;
    }
}
