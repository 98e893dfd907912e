package eduscc.kernel.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A small executable written byte by byte, the way the "teensy ELF" tutorials build one: the
 * first segment maps the file from offset 0, headers included, so the code after the headers runs
 * at 0x08048074; the second maps a dword of data a page higher, with 0x100 bytes of memory.
 *
 * <pre>
 *   0x00  Elf32_Ehdr   e_entry 0x08048074, e_phoff 0x34, e_phnum 2
 *   0x34  Elf32_Phdr 0 PT_LOAD offset 0    vaddr 0x08048000 filesz 0x7B memsz 0x7B  R E
 *   0x54  Elf32_Phdr 1 PT_LOAD offset 0x7B vaddr 0x0804907B filesz 4    memsz 0x100 RW
 *   0x74  B8 01 00 00 00 CD 80   mov eax, 1 / int 0x80
 *   0x7B  2A 00 00 00            dd 42
 * </pre>
 */
final class HandBuiltElf {
    static final int LENGTH = 0x7F;

    private HandBuiltElf() {
    }

    static byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7F, 'E', 'L', 'F', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        b.putShort((short) 2).putShort((short) 3).putInt(1);            // ET_EXEC, EM_386, EV_CURRENT
        b.putInt(0x08048074).putInt(0x34).putInt(0).putInt(0);          // e_entry, e_phoff, e_shoff, e_flags
        b.putShort((short) 52).putShort((short) 32).putShort((short) 2); // e_ehsize, e_phentsize, e_phnum
        b.putShort((short) 0).putShort((short) 0).putShort((short) 0);   // no section headers
        b.putInt(1).putInt(0).putInt(0x08048000).putInt(0x08048000).putInt(0x7B).putInt(0x7B).putInt(5).putInt(0x1000);
        b.putInt(1).putInt(0x7B).putInt(0x0804907B).putInt(0x0804907B).putInt(4).putInt(0x100).putInt(6).putInt(0x1000);
        b.put(new byte[] {(byte) 0xB8, 1, 0, 0, 0, (byte) 0xCD, (byte) 0x80});
        b.put(new byte[] {42, 0, 0, 0});
        return b.array();
    }

    /** The file with {@code size} bytes at {@code offset} replaced by {@code value}, little-endian. */
    static byte[] patched(int offset, int size, long value) {
        byte[] bytes = bytes();
        for (int i = 0; i < size; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }
}
