package eduscc.machine.x86.asm;

import static eduscc.machine.x86.asm.ExpectedBytes.assemble;
import static eduscc.machine.x86.asm.ExpectedBytes.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code section .text/.data/.bss} and the reservations {@code resb}, {@code resw}, {@code resd}, {@code resq}. */
class SectionTest {

    @Test
    void withoutSectionLinesEverythingIsText() {
        Assembly a = assemble("org 0x100\nnop\nnop");
        assertEquals(new SectionLayout(0x100, 0x102, 0x102, 0x102, 0x102), a.sections());
        assertFalse(a.sections().hasData());
    }

    @Test
    void dataBeginsOnTheNextPageEvenInAFlatBinary() {
        Assembly a = assemble("org 0x7000\nnop\nsection .data\nx: db 7");
        assertEquals(0x8000L, a.symbols().get("x"));
        byte[] bytes = a.bytes();
        assertEquals(0x1001, bytes.length, "the nop, zeros up to the page, the data");
        assertEquals(7, bytes[0x1000]);
    }

    @Test
    void reservationsInBssMoveTheAddressButEmitNothing() {
        Assembly a = assemble("nop\nsection .bss\na: resb 3\nb: resw 2\nc: resd 1\nalign 8\nd: resq 2\ne:");
        assertEquals(0x1000L, a.symbols().get("a"));
        assertEquals(0x1003L, a.symbols().get("b"));
        assertEquals(0x1007L, a.symbols().get("c"));
        assertEquals(0x1010L, a.symbols().get("d"), "align in .bss reserves too");
        assertEquals(0x1020L, a.symbols().get("e"));
        assertEquals(new SectionLayout(0, 1, 0x1000, 0x1000, 0x1020), a.sections());
        assertEquals(0x1000, a.bytes().length, "the nop and the padding only");
    }

    @Test
    void aReservationOutsideBssIsZeros() {
        assertEquals("90 00 00 00 00 90", hex(assemble("nop\nresw 2\nnop").bytes()));
    }

    @Test
    void dollarDollarIsTheStartOfTheCurrentSection() {
        Assembly a = assemble("bits 32\nnop\nsection .data\ndb 1, 2\nhere: dd $-$$");
        assertEquals("02 00 00 00", hex(java.util.Arrays.copyOfRange(a.bytes(), 0x1002, 0x1006)));
    }

    @Test
    void theListingShowsAReservationAtItsOwnAddress() {
        Assembly a = assemble("nop\nsection .bss\nbuf: resb 16\nend:");
        assertEquals(0x1000L, a.listing().get(2).address());
        assertEquals(0x1010L, a.listing().get(3).address());
    }

    @Test
    void sectionsCannotGoBack() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> assemble("section .data\ndb 1\nsection .text\nnop"));
        assertEquals("test.asm:3: section .text cannot come after section .data: the sections are laid out in the"
                + " order .text, .data, .bss, each in one piece", e.getMessage());
    }

    @Test
    void orgBelongsToText() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> assemble("section .bss\norg 0x1000"));
        assertEquals("test.asm:2: org belongs in section .text: it sets where .text, and after it the other"
                + " sections, are loaded", e.getMessage());
    }

    @Test
    void bssHoldsNoBytes() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> assemble("section .bss\ndb 1"));
        assertEquals("test.asm:2: only resb, resw, resd, resq and align belong in section .bss, which has"
                + " addresses but no bytes in the output", e.getMessage());
    }

    @Test
    void unknownSectionsAreNamed() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> assemble("section .rodata"));
        assertEquals("test.asm:1: unknown section '.rodata'; this assembler knows .text, .data and .bss",
                e.getMessage());
    }

    @Test
    void aReservationTooLargeForTheAddressSpaceIsAnErrorNotAWrapAround() {
        AssemblyException e = assertThrows(AssemblyException.class,
                () -> assemble("section .bss\nresq 0x4000000000000001\nafter:"));
        assertEquals("test.asm:2: this line would reach past 0xFFFFFFFF, the end of the 4 GiB address space",
                e.getMessage());
    }

    @Test
    void aNegativeReservationIsAnError() {
        AssemblyException e = assertThrows(AssemblyException.class, () -> assemble("section .bss\nresb -1"));
        assertEquals("test.asm:2: reserved count is negative (-1)", e.getMessage());
    }
}
