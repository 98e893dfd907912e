package eduscc.machine.x86.reference;

import eduscc.machine.cpu.PhysicalMemory;

/**
 * The physical memory QEMU's {@code -bios} option gives a lone i386: RAM from address 0, and the
 * BIOS image as ROM ending at 4 GiB, its last 64 KiB also seen at 0xF0000-0xFFFFF (the PC's
 * legacy BIOS window, which a real-mode far transfer to segment F000 reaches). Writes to ROM
 * are dropped, as QEMU drops them; reads of nothing return all ones, as an unconnected bus does.
 */
final class PcBoardMemory implements PhysicalMemory {
    static final int RAM_SIZE = 1 << 20;
    private static final int LEGACY_WINDOW = 0xF0000;

    /** RAM in 4 KiB pages, made on first write: most runs touch a few, and a fuzz run makes thousands of boards. */
    private final byte[][] ram = new byte[RAM_SIZE >>> 12][];
    private final byte[] rom;
    private final int romBase;

    PcBoardMemory(byte[] image) {
        if (image.length % 0x10000 != 0) {
            throw new IllegalArgumentException("a BIOS image is a whole number of 64 KiB, got " + image.length + " bytes");
        }
        this.rom = image.clone();
        this.romBase = (int) (0x1_0000_0000L - image.length);
    }

    @Override
    public int read(int physical, int size) {
        int value = 0;
        for (int i = 0; i < size; i++) {
            value |= readByte(physical + i) << (8 * i);
        }
        return value;
    }

    @Override
    public void write(int physical, int size, int value) {
        for (int i = 0; i < size; i++) {
            int address = physical + i;
            if (Integer.compareUnsigned(address, LEGACY_WINDOW) < 0) {
                byte[] page = ram[address >>> 12];
                if (page == null) {
                    page = new byte[0x1000];
                    ram[address >>> 12] = page;
                }
                page[address & 0xFFF] = (byte) (value >>> (8 * i));
            }
        }
    }

    @Override
    public int accessCycles(int physical, boolean write) {
        return 0;
    }

    @Override
    public boolean isShared(int physical) {
        return false;
    }

    int readByte(int physical) {
        if (Integer.compareUnsigned(physical, LEGACY_WINDOW) < 0) {
            byte[] page = ram[physical >>> 12];
            return page == null ? 0 : page[physical & 0xFFF] & 0xFF;
        }
        if (Integer.compareUnsigned(physical, RAM_SIZE) < 0) {
            return rom[rom.length - RAM_SIZE + physical] & 0xFF;
        }
        if (Integer.compareUnsigned(physical, romBase) >= 0) {
            return rom[physical - romBase] & 0xFF;
        }
        return 0xFF;
    }
}
