package eduscc.machine.x86.disasm;

import static eduscc.machine.x86.disasm.Bytes.decode16;
import static eduscc.machine.x86.disasm.Bytes.decode32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bytes that are not an instruction come back as {@code db} of the bytes the decoder read before
 * it knew: the opcode for an unknown opcode, the ModR/M byte with its SIB and displacement for an
 * undefined group member, the whole instruction for a LOCK the SDM forbids. Decoding goes on
 * after them.
 */
class UndecodableTest {

    private static void assertUndecodable(String expected, Instruction i) {
        assertFalse(i.valid(), i.text());
        assertEquals(expected, i.text());
    }

    @Test
    void unknownOpcodeIsItsBytesAsData() {
        assertUndecodable("db 0x0f, 0x37", decode16("0F37"));
        assertUndecodable("db 0x66, 0x0f, 0xff", decode16("660FFF"));
        assertUndecodable("db 0xd8", decode16("D8C0"));
        assertUndecodable("db 0x82", decode16("82C001"));
    }

    @Test
    void undefinedGroupMembersAndRegisterFormsAreNotInstructions() {
        assertUndecodable("db 0xff, 0xff", decode16("FFFF"));
        assertUndecodable("db 0xf6, 0xc8", decode16("F6C805"));
        assertUndecodable("db 0xd0, 0xf0", decode16("D0F0"));
        assertUndecodable("db 0x0f, 0x01, 0xe8", decode16("0F01E8"));
        assertUndecodable("db 0x0f, 0x01, 0xd0", decode16("0F01D0"));
        assertUndecodable("db 0x8d, 0xc0", decode16("8DC0"));
        assertUndecodable("db 0xff, 0xd8", decode16("FFD8"));
        assertUndecodable("db 0x8e, 0xc8", decode16("8EC8"));
        assertUndecodable("db 0x8c, 0xf0", decode16("8CF0"));
        assertUndecodable("db 0x0f, 0x20, 0xc8", decode32("0F20C8"));
        assertUndecodable("db 0xc6, 0x48, 0x10", decode16("C64810"));
    }

    @Test
    void lockOutsideAReadModifyWriteOfMemoryIsNotAnInstruction() {
        assertUndecodable("db 0xf0, 0x01, 0xc0", decode16("F001C0"));
        assertUndecodable("db 0xf0, 0x90", decode16("F090"));
        assertUndecodable("db 0xf0, 0x39, 0x07", decode16("F03907"));
        assertUndecodable("db 0xf0, 0x0f, 0xa3, 0x07", decode16("F00FA307"));
        assertTrue(decode16("F00FAB07").valid(), "lock bts [bx], ax");
    }

    @Test
    void moreThanFifteenBytesIsNotAnInstruction() {
        assertEquals("o32 nop", decode16("66".repeat(14) + "90").text());
        Instruction tooLong = decode16("66".repeat(15) + "90");
        assertFalse(tooLong.valid());
        assertEquals(15, tooLong.length());
    }

    @Test
    void codeThatEndsMidInstructionGivesTheBytesThereAre() {
        assertUndecodable("db 0xb8, 0x34", decode16("B834"));
        byte[] code = Bytes.of("90B83412");
        List<Instruction> cut = Disassembler.decodeRange(ByteSource.of(code, 0x100), 0x100, 0x103, false);
        assertEquals(List.of("nop", "db 0xb8, 0x34"), cut.stream().map(Instruction::text).toList());
        assertEquals(0x103, cut.get(1).next());
    }

    @Test
    void decodingGoesOnAfterUndecodableBytes() {
        byte[] code = Bytes.of("0F37F4");
        List<Instruction> all = Disassembler.decodeRange(ByteSource.of(code, 0), 0, code.length, false);
        assertEquals(List.of("db 0x0f, 0x37", "hlt"), all.stream().map(Instruction::text).toList());
    }

    @Test
    void anAddressWithoutCodeIsTheCallersMistake() {
        ByteSource empty = address -> ByteSource.NO_BYTE;
        assertThrows(IllegalArgumentException.class, () -> Disassembler.decode(empty, 0x1000, false));
        assertThrows(IllegalArgumentException.class, () -> Disassembler.decodeRange(empty, 2, 1, false));
        assertEquals(List.of(), Disassembler.decodeRange(empty, 5, 5, false));
    }
}
