package eduscc.machine.x86.reference;

import eduscc.machine.x86.asm.Assembler;
import eduscc.machine.x86.asm.Assembly;
import java.util.List;

/**
 * A 64 KiB BIOS image that runs a batch of generated programs one after the other from the reset
 * vector, so one QEMU launch serves many programs. The driver installs a handler for each of the
 * 32 exception vectors (real-mode IVT, or an IDT of interrupt gates after the switch to
 * protected mode, SDM Vol. 3A §9.9.1), then for each program: resets SS:ESP, the variables and
 * scratch memory, loads the program's registers and flags, runs its body and jumps to the dump.
 * A handler saves the vector and the frame and jumps to the dump too, so a fault ends only its
 * own program. The dump writes one {@link DumpRecord#SIZE}-byte record to port 0xE9; after the
 * last program the image writes 0 to the debug-exit port 0xF4 (QEMU exits) and halts (the kit
 * stops).
 */
final class BatchImage {
    private static final int VECTORS = 32;
    /** Where the reset vector 0xFFFFFFF0 lies in the image. */
    private static final int RESET_OFFSET = 0xFFF0;
    /** Vectors whose exceptions push an error code (SDM Vol. 3A Table 6-1). */
    private static final List<Integer> WITH_ERROR_CODE = List.of(8, 10, 11, 12, 13, 14, 17);

    private BatchImage() {
    }

    /** The image: the assembled batch from 0xFFFF0000, HLT filler, and at 0xFFFFFFF0 a near JMP to its start. */
    static byte[] build(Mode mode, List<GeneratedProgram> programs) {
        byte[] code = assemble(mode, programs).bytes();
        if (code.length > RESET_OFFSET) {
            throw new IllegalArgumentException(programs.size() + " programs take " + code.length
                + " bytes, more than the 0xFFF0 below the reset vector");
        }
        byte[] image = new byte[0x10000];
        java.util.Arrays.fill(image, (byte) 0xF4);
        System.arraycopy(code, 0, image, 0, code.length);
        // FFF0: jmp near 0000 (E9 rel16; IP wraps within the 64 KiB segment).
        int rel = (0 - (RESET_OFFSET + 3)) & 0xFFFF;
        image[RESET_OFFSET] = (byte) 0xE9;
        image[RESET_OFFSET + 1] = (byte) rel;
        image[RESET_OFFSET + 2] = (byte) (rel >>> 8);
        return image;
    }

    static Assembly assemble(Mode mode, List<GeneratedProgram> programs) {
        StringBuilder s = new StringBuilder();
        s.append("bits 16\norg 0xFFFF0000\nVARS equ ").append(Operands.hex(mode.varsOffset())).append('\n');
        s.append(mode == Mode.REAL ? realModeStart() : protectedModeStart());
        s.append(handlers(mode));
        s.append(dump(mode));
        s.append("finish:\nmov al, 0\nout 0xF4, al\n.stop:\nhlt\njmp .stop\n");
        for (int i = 0; i < programs.size(); i++) {
            s.append(program(mode, programs.get(i), i, i + 1 < programs.size() ? "p" + (i + 1) : "finish"));
        }
        return Assembler.assemble(mode.name().toLowerCase() + "-batch.asm", s.toString());
    }

    private static String realModeStart() {
        return """
            start:
            cli
            xor ax, ax
            mov ds, ax
            xor si, si
            xor di, di
            .ivt:
            mov ax, [cs:si+handlers-0xFFFF0000]
            mov [di], ax
            mov word [di+2], 0xF000
            add si, 2
            add di, 4
            cmp di, 128
            jb .ivt
            jmp p0
            handlers:
            """ + table("dw", "h%d-0xFFFF0000");
    }

    private static String protectedModeStart() {
        return """
            start:
            cli
            o32 lgdt [cs:gdt_ptr-0xFFFF0000]
            mov eax, cr0
            or al, 1
            mov cr0, eax
            jmp dword 0x08:start32
            align 8
            gdt:
            dq 0
            dd 0x0000FFFF, 0x00CF9B00
            dd 0x0000FFFF, 0x00CF9300
            dd 0xF000FFFF, 0x00CF9300
            gdt_end:
            gdt_ptr:
            dw gdt_end-gdt-1
            dd gdt
            idt_ptr:
            dw 32*8-1
            dd 0
            bits 32
            start32:
            mov ax, 0x10
            mov ds, ax
            mov es, ax
            mov ss, ax
            mov esp, VARS+0x800
            mov esi, handlers
            xor edi, edi
            .idt:
            mov eax, [esi]
            mov edx, eax
            and eax, 0xFFFF
            or eax, 0x00080000
            mov [edi], eax
            and edx, 0xFFFF0000
            or edx, 0x8E00
            mov [edi+4], edx
            add esi, 4
            add edi, 8
            cmp edi, 256
            jb .idt
            lidt [idt_ptr]
            jmp p0
            handlers:
            """ + table("dd", "h%d");
    }

    private static String table(String directive, String entry) {
        StringBuilder s = new StringBuilder();
        for (int v = 0; v < VECTORS; v++) {
            s.append(directive).append(' ').append(String.format(entry, v)).append('\n');
        }
        return s.toString();
    }

    /** Handler v: note the vector, take the frame (and error code) off the stack, dump. */
    private static String handlers(Mode mode) {
        String slot = mode == Mode.REAL ? "word" : "dword";
        StringBuilder s = new StringBuilder();
        for (int v = 0; v < VECTORS; v++) {
            s.append('h').append(v).append(":\n");
            if (mode == Mode.PROTECTED && WITH_ERROR_CODE.contains(v)) {
                s.append("pop dword [ss:VARS+0x14]\n");
            }
            s.append("mov dword [ss:VARS+4], ").append(v).append('\n');
            for (int field : new int[] {0x08, 0x0C, 0x10}) {
                s.append("pop ").append(slot).append(" [ss:VARS+").append(field).append("]\n");
            }
            s.append("jmp dump\n");
        }
        return s.toString();
    }

    /** Saves the registers, checksums scratch memory in 256-byte blocks, writes the record, goes on. */
    private static String dump(Mode mode) {
        String si = mode == Mode.REAL ? "si" : "esi";
        String di = mode == Mode.REAL ? "di" : "edi";
        StringBuilder s = new StringBuilder("dump:\n");
        String[] gprs = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
        for (int i = 0; i < 8; i++) {
            s.append("mov [ss:VARS+").append(Operands.hex(0x18 + 4 * i)).append("], ").append(gprs[i]).append('\n');
        }
        // The saved EFLAGS has undefined flags in it, and so has an exception frame: wipe what lies
        // just below the stack pointer so the stack checksum holds only what the program wrote.
        String sp = mode == Mode.REAL ? "sp" : "esp";
        s.append("pushfd\npop dword [ss:VARS+0x38]\n");
        s.append("push dword 0\npush dword 0\npush dword 0\npush dword 0\nadd " + sp + ", 16\n");
        String[] segments = {"ds", "es", "fs", "gs", "ss"};
        for (int i = 0; i < 5; i++) {
            s.append("mov [ss:VARS+").append(Operands.hex(0x3C + 2 * i)).append("], ").append(segments[i]).append('\n');
        }
        s.append("mov word [ss:VARS+0x46], 0\n");
        s.append(("mov SI, VARS+0x100\nmov DI, VARS+0x48\n.block:\nxor eax, eax\n.word:\nrol eax, 5\nxor eax, [ss:SI]\n"
            + "add SI, 4\ntest SI, 0xFF\njnz .word\nmov [ss:DI], eax\nadd DI, 4\ncmp SI, VARS+0x800\njb .block\n"
            + "mov SI, VARS+4\n.emit:\nmov al, [ss:SI]\nout 0xE9, al\ninc SI\ncmp SI, VARS+0x64\njb .emit\n")
            .replace("SI", si).replace("DI", di));
        s.append(mode == Mode.REAL ? "jmp word [ss:VARS]\n" : "jmp dword [ss:VARS]\n");
        return s.toString();
    }

    private static String program(Mode mode, GeneratedProgram p, int index, String next) {
        boolean real = mode == Mode.REAL;
        StringBuilder s = new StringBuilder();
        s.append('p').append(index).append(":\n");
        s.append("mov ax, ").append(Operands.hex(mode.mainSelector)).append('\n');
        s.append("mov ss, ax\nmov ds, ax\nmov es, ax\n");
        s.append("mov esp, VARS+0x800\n");
        s.append("mov ax, ").append(Operands.hex(mode.otherSelector)).append("\nmov fs, ax\nmov gs, ax\n");
        s.append(real ? "mov word [ss:VARS], " + next + "-0xFFFF0000\n" : "mov dword [ss:VARS], " + next + "\n");
        s.append("mov dword [ss:VARS+4], 0xFFFFFFFF\n");
        for (int field = 0x08; field <= 0x14; field += 4) {
            s.append("mov dword [ss:VARS+").append(Operands.hex(field)).append("], 0\n");
        }
        String di = real ? "di" : "edi";
        s.append("mov ").append(di).append(", VARS+0x100\n");
        s.append(real ? "mov cx, 0x1C0\n" : "mov ecx, 0x1C0\n");
        s.append("mov eax, ").append(Operands.hex(p.fillSeed() & 0xFFFFFFFFL)).append('\n');
        s.append(".fill:\nmov [ss:").append(di).append("], eax\nimul eax, eax, 0x01000193\nadd eax, 0x3C6EF35F\n");
        s.append("add ").append(di).append(", 4\nloop .fill\n");
        String[] gprs = {"eax", "ecx", "edx", "ebx", null, "ebp", "esi", "edi"};
        for (int i = 0; i < 8; i++) {
            if (gprs[i] != null) {
                s.append("mov ").append(gprs[i]).append(", ").append(Operands.hex(p.initialRegisters()[i] & 0xFFFFFFFFL)).append('\n');
            }
        }
        s.append("push dword ").append(Operands.hex(p.initialFlags())).append("\npopfd\n");
        for (String line : p.body()) {
            s.append(line).append('\n');
        }
        s.append("jmp dump\n");
        return s.toString();
    }
}
