package eduscc.machine.boot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The boot information the loader leaves for the kernel, in the layout of the Multiboot
 * information structure (Multiboot 0.6.96 §3.3), with EBX pointing at it. The facts do not know
 * MetalSVM's own SCC boot-info struct (eduOS facts §11.3), so the kit uses the standard one: the
 * memory fields give the core's private memory, the command line names the core, and the module
 * list holds the initial ramdisk.
 *
 * <p>Layout of the page the image builder writes at {@link #ADDRESS}: the structure at +0, the
 * module list at +0x80, the command line at +0x100, the module's name at +0x180.
 */
public record MultibootInfo(int memLowerKb, int memUpperKb, String commandLine,
                            int moduleStart, int moduleEnd, String moduleName) {
    public static final int ADDRESS = 0x00009000;
    public static final int SIZE = 0x200;

    public static final int FLAG_MEMORY = 1;
    public static final int FLAG_CMDLINE = 1 << 2;
    public static final int FLAG_MODS = 1 << 3;

    public static final int FLAGS = 0x00;
    public static final int MEM_LOWER = 0x04;
    public static final int MEM_UPPER = 0x08;
    public static final int CMDLINE = 0x10;
    public static final int MODS_COUNT = 0x14;
    public static final int MODS_ADDR = 0x18;

    private static final int MODULES = 0x80;
    private static final int CMDLINE_TEXT = 0x100;
    private static final int MODULE_NAME = 0x180;
    private static final int MAX_STRING = 0x7F;

    public MultibootInfo {
        if (commandLine.length() > MAX_STRING || moduleName.length() > MAX_STRING) {
            throw new IllegalArgumentException("boot-info strings are limited to " + MAX_STRING + " characters");
        }
    }

    public boolean hasModule() {
        return moduleEnd > moduleStart;
    }

    /** The bytes of the whole boot-info page, addresses already relative to {@link #ADDRESS}. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        int flags = FLAG_MEMORY | FLAG_CMDLINE | (hasModule() ? FLAG_MODS : 0);
        b.putInt(FLAGS, flags);
        b.putInt(MEM_LOWER, memLowerKb);
        b.putInt(MEM_UPPER, memUpperKb);
        b.putInt(CMDLINE, ADDRESS + CMDLINE_TEXT);
        b.putInt(MODS_COUNT, hasModule() ? 1 : 0);
        b.putInt(MODS_ADDR, ADDRESS + MODULES);
        b.putInt(MODULES, moduleStart);
        b.putInt(MODULES + 4, moduleEnd);
        b.putInt(MODULES + 8, ADDRESS + MODULE_NAME);
        putString(b, CMDLINE_TEXT, commandLine);
        putString(b, MODULE_NAME, moduleName);
        return b.array();
    }

    private static void putString(ByteBuffer b, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        b.put(at, bytes);
        b.put(at + bytes.length, (byte) 0);
    }
}
