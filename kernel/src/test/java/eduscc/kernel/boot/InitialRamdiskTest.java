package eduscc.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** make_initrd's bytes for a folder, computed by hand, and the reader that takes them back. */
class InitialRamdiskTest {
    @TempDir
    Path folder;

    private void twoFiles() throws IOException {
        // Written in reverse order: the image must not depend on the order the host lists them in.
        Files.write(folder.resolve("b.bin"), new byte[] {1, 2, 3});
        Files.writeString(folder.resolve("a.txt"), "hi");
    }

    /** Little-endian uint32 as four bytes. */
    private static byte[] le(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }

    private static byte[] field(String text, int size) {
        return Arrays.copyOf(text.getBytes(), size);
    }

    @Test
    void twoFileFolderGivesTheHandComputedImage() throws IOException {
        twoFiles();
        // header 136 bytes, two entries of 136: the data starts at 136 + 272 = 408;
        // a.txt (2 bytes) at 408, b.bin (3 bytes) at 410, 413 bytes in all.
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        expected.writeBytes(le(0x4711));
        expected.writeBytes(le(2));
        expected.writeBytes(field("/bin", 128));
        expected.writeBytes(le(2));
        expected.writeBytes(le(408));
        expected.writeBytes(field("a.txt", 128));
        expected.writeBytes(le(3));
        expected.writeBytes(le(410));
        expected.writeBytes(field("b.bin", 128));
        expected.writeBytes(new byte[] {'h', 'i', 1, 2, 3});
        byte[] image = InitialRamdisk.fromFolder(folder, "/bin");
        assertEquals(413, image.length);
        assertArrayEquals(expected.toByteArray(), image);
    }

    @Test
    void readerGivesBackTheMountPointNamesOffsetsAndBytes() throws IOException {
        twoFiles();
        RamdiskImage read = RamdiskImage.read(InitialRamdisk.fromFolder(folder, "/bin"), "test");
        assertEquals("/bin", read.mountPoint());
        assertEquals(List.of("a.txt", "b.bin"), read.files().stream().map(RamdiskFile::name).toList());
        assertEquals(List.of(408, 410), read.offsets());
        assertArrayEquals("hi".getBytes(), read.files().get(0).data());
        assertArrayEquals(new byte[] {1, 2, 3}, read.files().get(1).data());
    }

    @Test
    void sameFolderGivesTheSameBytes() throws IOException {
        twoFiles();
        assertArrayEquals(InitialRamdisk.fromFolder(folder, "/bin"), InitialRamdisk.fromFolder(folder, "/bin"));
    }

    @Test
    void emptyRamdiskIsJustTheHeader() {
        byte[] image = InitialRamdisk.empty("/");
        assertEquals(InitialRamdisk.HEADER_SIZE, image.length);
        assertEquals(0, RamdiskImage.read(image, "empty").files().size());
    }

    @Test
    void aNameOf128BytesIsRefusedWithItsName() throws IOException {
        String longName = "x".repeat(128);
        Files.writeString(folder.resolve(longName), "?");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> InitialRamdisk.fromFolder(folder, "/bin"));
        assertTrue(e.getMessage().contains(longName) && e.getMessage().contains("128 bytes"), e.getMessage());
        // 127 bytes still fit, with the NUL.
        assertEquals(1, RamdiskImage.read(InitialRamdisk.build("/", List.of(new RamdiskFile("y".repeat(127), new byte[0]))),
            "127").files().size());
    }

    @Test
    void aMissingFolderAndASubFolderAreNamed() throws IOException {
        Path missing = folder.resolve("nowhere");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> InitialRamdisk.fromFolder(missing, "/bin"));
        assertEquals("initrd: " + missing + ": no such folder", e.getMessage());
        Files.createDirectory(folder.resolve("sub"));
        e = assertThrows(IllegalArgumentException.class, () -> InitialRamdisk.fromFolder(folder, "/bin"));
        assertTrue(e.getMessage().contains("sub is not a regular file"), e.getMessage());
    }

    @Test
    void readerRefusesABadMagicAndAFileRunningPastTheEnd() {
        byte[] image = InitialRamdisk.build("/", List.of(new RamdiskFile("f", new byte[] {9})));
        byte[] badMagic = image.clone();
        badMagic[0] = 0x12;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RamdiskImage.read(badMagic, "x.img"))
            .getMessage().startsWith("initrd x.img: magic is 0x00004712"));
        byte[] cut = Arrays.copyOf(image, image.length - 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RamdiskImage.read(cut, "x.img"))
            .getMessage().contains("file 'f' (entry 0)"));
    }
}
