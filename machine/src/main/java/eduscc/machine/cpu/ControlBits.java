package eduscc.machine.cpu;

/**
 * Control register bits the P54C has (SDM Vol. 3A §2.5 "Control Registers"), plus the SCC's
 * message-passing-buffer enable in CR4.
 */
public final class ControlBits {
    public static final int CR0_PE = 1;
    public static final int CR0_MP = 1 << 1;
    public static final int CR0_EM = 1 << 2;
    public static final int CR0_TS = 1 << 3;
    public static final int CR0_ET = 1 << 4;
    public static final int CR0_NE = 1 << 5;
    public static final int CR0_WP = 1 << 16;
    public static final int CR0_AM = 1 << 18;
    public static final int CR0_NW = 1 << 29;
    public static final int CR0_CD = 1 << 30;
    public static final int CR0_PG = 1 << 31;

    /** SDM §9.1.1: CD, NW and ET are set after reset. */
    public static final int CR0_RESET = 0x60000010;

    public static final int CR4_VME = 1;
    public static final int CR4_PVI = 1 << 1;
    public static final int CR4_TSD = 1 << 2;
    public static final int CR4_DE = 1 << 3;
    public static final int CR4_PSE = 1 << 4;
    public static final int CR4_MCE = 1 << 6;
    /** SCC: enables the MPBT page attribute (PTE bit 7) [BF init.c][HPI]. */
    public static final int CR4_MPE = 1 << 11;

    private ControlBits() {
    }

    public static String describeCr0(int cr0) {
        StringBuilder s = new StringBuilder();
        String[] names = {"PE", "MP", "EM", "TS", "ET", "NE"};
        for (int i = 0; i < names.length; i++) {
            if ((cr0 & (1 << i)) != 0) {
                s.append(s.length() == 0 ? "" : " ").append(names[i]);
            }
        }
        if ((cr0 & CR0_WP) != 0) {
            s.append(" WP");
        }
        if ((cr0 & CR0_AM) != 0) {
            s.append(" AM");
        }
        if ((cr0 & CR0_NW) != 0) {
            s.append(" NW");
        }
        if ((cr0 & CR0_CD) != 0) {
            s.append(" CD");
        }
        if ((cr0 & CR0_PG) != 0) {
            s.append(" PG");
        }
        return s.toString().trim();
    }
}
