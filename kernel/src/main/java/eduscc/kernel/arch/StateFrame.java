package eduscc.kernel.arch;

import eduscc.machine.cpu.Operations;
import eduscc.machine.cpu.Vector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * eduOS {@code struct state} (32-bit): the frame that the processor, the vector's stub and
 * {@code common_stub} leave on the kernel stack, from the lowest address up. {@code irq_handler}
 * gets a pointer to it; {@code switch_context} builds the same layout, so one return path pops
 * both. The offsets are the layout; the debugger decodes a frame with them.
 *
 * <pre>
 *  +64 ss        +60 useresp   (only when the interrupt came from ring 3)
 *  +56 eflags    +52 cs        +48 eip        (pushed by the processor)
 *  +44 error     +40 int_no                   (processor or stub; stub)
 *  +36 eax  +32 ecx  +28 edx  +24 ebx  +20 esp  +16 ebp  +12 esi  +8 edi   (PUSHA)
 *  +4  es   +0  ds                            (common_stub)
 * </pre>
 */
public final class StateFrame {
    public static final int DS = 0;
    public static final int ES = 4;
    public static final int EDI = 8;
    public static final int ESI = 12;
    public static final int EBP = 16;
    /** The ESP that PUSHA saved: the address of {@link #INT_NO}, where ESP stood before PUSHA. */
    public static final int ESP = 20;
    public static final int EBX = 24;
    public static final int EDX = 28;
    public static final int ECX = 32;
    public static final int EAX = 36;
    public static final int INT_NO = 40;
    public static final int ERROR = 44;
    public static final int EIP = 48;
    public static final int CS = 52;
    public static final int EFLAGS = 56;
    public static final int USERESP = 60;
    public static final int SS = 64;
    /** Bytes in a frame from ring 0 (no useresp and ss). */
    public static final int KERNEL_SIZE = 60;

    /** The field names in address order, for a debugger that lists a frame. */
    public static final String[] FIELDS = {"ds", "es", "edi", "esi", "ebp", "esp", "ebx", "edx", "ecx", "eax",
        "int_no", "error", "eip", "cs", "eflags", "useresp", "ss"};

    private StateFrame() {
    }

    /**
     * The frame at {@code state} by field name, in address order, as a debugger shows it: the
     * words come from {@code wordAt} (a probe that reads memory without a machine operation). The
     * outer stack fields are listed only when the saved CS is of an outer ring.
     */
    public static Map<String, Integer> decode(IntUnaryOperator wordAt, int state) {
        Map<String, Integer> fields = new LinkedHashMap<>();
        boolean fromOuterRing = (wordAt.applyAsInt(state + CS) & 3) != 0;
        int count = fromOuterRing ? FIELDS.length : KERNEL_SIZE / 4;
        for (int i = 0; i < count; i++) {
            int word = wordAt.applyAsInt(state + 4 * i);
            boolean selector = i == DS / 4 || i == ES / 4 || i == CS / 4 || i == SS / 4;
            fields.put(FIELDS[i], selector ? word & 0xFFFF : word);
        }
        return fields;
    }

    /**
     * What a C handler reads from {@code s->...}: the vector, the error code (-1 where the
     * processor pushed none and the stub's 0 stands in), the return CS:EIP and EFLAGS, and the
     * outer stack when the interrupt came from ring 3. One load per field it reads.
     */
    public static InterruptFrame read(Operations ops, int state) {
        int vector = ops.read32(state + INT_NO);
        int errorCode = vector < 32 && Vector.pushesErrorCode(vector) ? ops.read32(state + ERROR) : -1;
        int eip = ops.read32(state + EIP);
        int cs = ops.read32(state + CS) & 0xFFFF;
        int eflags = ops.read32(state + EFLAGS);
        boolean fromOuterRing = (cs & 3) != 0;
        int userEsp = fromOuterRing ? ops.read32(state + USERESP) : 0;
        int userSs = fromOuterRing ? ops.read32(state + SS) & 0xFFFF : 0;
        return new InterruptFrame(state, vector, errorCode, eip, cs, eflags, userEsp, userSs);
    }
}
