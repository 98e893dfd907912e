package eduscc.machine.snapshot;

import eduscc.machine.cpu.SegmentRegister;

/** A segment register as the debugger shows it: the selector and the hidden cache. */
public record SegmentSnapshot(String name, int selector, int base, int limit, int access, boolean big) {

    public static SegmentSnapshot of(SegmentRegister s) {
        return new SegmentSnapshot(s.name(), s.selector(), s.base(), s.limit(), s.access(), s.big());
    }

    public int dpl() {
        return (access >>> 5) & 3;
    }

    public boolean present() {
        return (access & 0x80) != 0;
    }
}
