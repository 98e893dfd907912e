; A correct reset stub written differently from the kit's: the GDT first, its descriptors with the
; accessed bit already set, the data segments loaded in another order, constants written out.
bits 16
org 0xFFFFF000

gdt:
    dq 0
    dw 0xFFFF, 0x0000
    db 0x00, 0x9B, 0xCF, 0x00       ; flat ring-0 code, accessed
    dw 0xFFFF, 0x0000
    db 0x00, 0x93, 0xCF, 0x00       ; flat ring-0 data, accessed
gdtr:
    dw 3 * 8 - 1
    dd gdt

start:
    cli
    o32 lgdt [cs:gdtr - 0xFFFF0000]
    mov eax, cr0
    or eax, 1
    mov cr0, eax
    jmp dword 0x08:flat

bits 32
flat:
    mov cx, 0x10
    mov ss, cx
    mov esp, 0x90000
    mov ds, cx
    mov gs, cx
    mov es, cx
    mov fs, cx
    mov ebx, 0x9000
    mov eax, 0x2BADB002
    jmp 0x100000

    times 0xFF0 - ($ - $$) db 0
bits 16
    jmp near start
    times 0x1000 - ($ - $$) db 0
