package eduscc.kernel.lguest;

/**
 * Where lguest's Switcher and this core's {@code struct lguest_pages} live (facts C.3), and the
 * byte layout of the two structures the hardware and the Switcher read: {@code struct
 * lguest_regs} at the end of the regs page and {@code struct lguest_ro_state} in the page after.
 * The three pages sit at the top of every address space, host and guest alike, in the last page
 * directory slot (index 1023), which a guest may never map itself. Every SCC core is a host of
 * its own (MetalSVM is a multikernel), so each core has exactly one pair of lguest_pages.
 */
public final class SwitcherLayout {
    public static final int PAGE = 4096;
    /** The Switcher's code page: its address in every address space (no PAE). */
    public static final int CODE = 0xFFC00000;
    /** The regs page, the first of the lguest_pages: the guest's ring-0 stack on a trap. */
    public static final int REGS_PAGE = CODE + PAGE;
    /** The read-only state page: the host's tables and stack, the guest's GDT, IDT and TSS. */
    public static final int STATE_PAGE = REGS_PAGE + PAGE;
    /** The page-directory slot the Switcher occupies (0xFFC00000 >> 22). */
    public static final int DIRECTORY_SLOT = 1023;

    /** Host-only segments, GDT entries 10 and 11 (lguest's GDT_ENTRY_LGUEST_CS/DS). */
    public static final int LGUEST_CS = 0x50;
    public static final int LGUEST_DS = 0x58;
    public static final int LGUEST_CS_INDEX = 10;
    public static final int LGUEST_DS_INDEX = 11;
    /** The guest's TSS, at the kernel's first TSS index in the guest's GDT too. */
    public static final int GUEST_TSS_INDEX = 5;
    public static final int GUEST_GDT_ENTRIES = 32;
    public static final int IDT_ENTRIES = 256;

    /** struct lguest_regs: 18 words, in this order, ending at the end of the regs page. */
    public static final String[] REGS_FIELDS = {"eax", "ebx", "ecx", "edx", "esi", "edi", "ebp", "gs", "fs", "ds", "es",
        "trapnum", "errcode", "eip", "cs", "eflags", "esp", "ss"};
    public static final int REGS = REGS_PAGE + PAGE - 4 * REGS_FIELDS.length;
    public static final int EAX = REGS;
    public static final int EBX = REGS + 4;
    public static final int ECX = REGS + 8;
    public static final int EDX = REGS + 12;
    public static final int ESI = REGS + 16;
    public static final int EDI = REGS + 20;
    public static final int EBP = REGS + 24;
    public static final int GS = REGS + 28;
    public static final int FS = REGS + 32;
    public static final int DS = REGS + 36;
    public static final int ES = REGS + 40;
    public static final int TRAPNUM = REGS + 44;
    public static final int ERRCODE = REGS + 48;
    public static final int EIP = REGS + 52;
    public static final int CS = REGS + 56;
    public static final int EFLAGS = REGS + 60;
    public static final int ESP = REGS + 64;
    public static final int SS = REGS + 68;
    /** The guest TSS's ESP0: a trap from the guest pushes its frame just below here. */
    public static final int REGS_END = REGS_PAGE + PAGE;

    /** struct lguest_ro_state; the descriptor pointers are packed (2-byte limit, 4-byte base). */
    public static final int HOST_CR3 = STATE_PAGE;
    public static final int HOST_IDT_DESC = STATE_PAGE + 4;
    public static final int HOST_GDT_DESC = STATE_PAGE + 10;
    public static final int HOST_SP = STATE_PAGE + 16;
    public static final int GUEST_IDT_DESC = STATE_PAGE + 20;
    public static final int GUEST_GDT_DESC = STATE_PAGE + 26;
    /** A 32-bit TSS, 104 bytes (struct x86_hw_tss). */
    public static final int GUEST_TSS = STATE_PAGE + 32;
    public static final int GUEST_IDT = GUEST_TSS + 104;
    public static final int GUEST_GDT = GUEST_IDT + 8 * IDT_ENTRIES;

    /** trapnum before a run: a fault inside the Switcher itself shows up as "trap 256". */
    public static final int NO_TRAP = 256;

    private SwitcherLayout() {
    }
}
