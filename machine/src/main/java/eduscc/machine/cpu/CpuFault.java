package eduscc.machine.cpu;

/**
 * A processor exception raised in the middle of an instruction or machine operation. It unwinds
 * to the instruction boundary, where the core delivers it through the IDT; it never leaves the
 * machine as a Java exception.
 */
public final class CpuFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final int NO_ERROR_CODE = -1;

    private final int vector;
    private final int errorCode;

    public CpuFault(int vector, int errorCode, String reason) {
        super(reason, null, false, false);
        this.vector = vector;
        this.errorCode = errorCode;
    }

    public static CpuFault of(int vector, String reason) {
        return new CpuFault(vector, Vector.pushesErrorCode(vector) ? 0 : NO_ERROR_CODE, reason);
    }

    public static CpuFault gp(int errorCode, String reason) {
        return new CpuFault(Vector.GP, errorCode, reason);
    }

    public static CpuFault ud(String reason) {
        return new CpuFault(Vector.UD, NO_ERROR_CODE, reason);
    }

    public int vector() {
        return vector;
    }

    public int errorCode() {
        return errorCode;
    }

    public boolean hasErrorCode() {
        return errorCode != NO_ERROR_CODE;
    }

    /** e.g. {@code #GP(0x0018): selector beyond GDT limit}. */
    public String describe() {
        String code = hasErrorCode() ? String.format("(0x%04X)", errorCode) : "";
        return Vector.name(vector) + code + ": " + getMessage();
    }
}
