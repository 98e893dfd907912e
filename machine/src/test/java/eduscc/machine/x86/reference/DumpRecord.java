package eduscc.machine.x86.reference;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * One program's dump as written to port 0xE9 by {@link BatchImage}: the exception vector (or
 * -1), the fault frame, the general registers, EFLAGS, the data segment selectors and seven
 * checksums of 256-byte blocks of scratch memory. Two records are compared field by field, with
 * the arithmetic flags the SDM leaves undefined masked out of EFLAGS.
 */
record DumpRecord(int[] fields) {
    static final int SIZE = 96;
    private static final String[] NAMES = {
        "vector", "fault EIP", "fault CS", "fault EFLAGS", "error code",
        "EAX", "ECX", "EDX", "EBX", "ESP", "EBP", "ESI", "EDI", "EFLAGS",
        "DS", "ES", "FS", "GS", "SS",
        "scratch 0x100", "scratch 0x200", "scratch 0x300", "scratch 0x400", "scratch 0x500", "scratch 0x600",
        "stack 0x700",
    };
    private static final int VECTOR = 0;
    private static final int FAULT_EFLAGS = 3;
    private static final int EFLAGS = 13;

    static List<DumpRecord> parse(byte[] stream) {
        ByteBuffer b = ByteBuffer.wrap(stream).order(ByteOrder.LITTLE_ENDIAN);
        List<DumpRecord> records = new ArrayList<>();
        while (b.remaining() >= SIZE) {
            int[] f = new int[NAMES.length];
            for (int i = 0; i < 14; i++) {
                f[i] = b.getInt();
            }
            for (int i = 14; i < 19; i++) {
                f[i] = b.getShort() & 0xFFFF;
            }
            b.getShort();
            for (int i = 19; i < NAMES.length; i++) {
                f[i] = b.getInt();
            }
            records.add(new DumpRecord(f));
        }
        return records;
    }

    boolean faulted() {
        return fields[VECTOR] != -1;
    }

    int vector() {
        return fields[VECTOR];
    }

    /** The fields where {@code other} differs, as "name: kit 0x.. qemu 0x..", flags masked per {@code program}. */
    List<String> differences(DumpRecord other, GeneratedProgram program) {
        int undefined = faulted() || other.faulted() ? program.undefinedEver() : program.undefinedAtEnd();
        List<String> d = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            int mask = i == EFLAGS || i == FAULT_EFLAGS ? ~undefined : -1;
            if ((fields[i] & mask) != (other.fields[i] & mask)) {
                d.add(String.format("%s: kit 0x%08X, qemu 0x%08X%s", NAMES[i], fields[i], other.fields[i],
                    mask == -1 ? "" : String.format(" (undefined flags 0x%03X masked)", undefined)));
            }
        }
        return d;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            s.append(i == 0 ? "" : ", ").append(NAMES[i]).append(String.format("=0x%X", fields[i]));
        }
        return s.toString();
    }
}
