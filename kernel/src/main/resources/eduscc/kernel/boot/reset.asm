; eduSCC reset stub: the first code every SCC core runs once sccReset releases it.
;
; After reset a P54C is in real mode with CS = 0xF000 but a hidden CS base of 0xFFFF0000, so its
; first fetch comes from 0xFFFFFFF0, the last 16 bytes of the address space (SDM Vol. 3A 9.1.4).
; On the SCC that address goes through LUT entry 0xFF into the core's own private DRAM, where
; the image builder put this page. The stub switches to protected mode the way SDM 9.9.1 lists
; the steps, and hands over to the kernel with the Multiboot convention in EAX and EBX.

bits 16
org 0xFFFFF000

RESET_BASE      equ 0xFFFF0000      ; hidden CS base until the first far jump
REAL_STACK      equ 0x8000          ; SS:SP = 0000:8000, in private DRAM below the boot info
BOOT_INFO       equ 0x00009000      ; Multiboot information the image builder wrote
BOOT_STACK      equ 0x00090000      ; the kernel's first stack, below 640 KiB
KERNEL_START    equ 0x00100000      ; the kernel image, starting with its Multiboot header
MULTIBOOT_MAGIC equ 0x2BADB002      ; what a Multiboot loader leaves in EAX
CODE_SELECTOR   equ 0x08
DATA_SELECTOR   equ 0x10

real_mode_start:
    cli                             ; no interrupt may arrive while the tables change
    xor ax, ax
    mov ss, ax
    mov sp, REAL_STACK
    ; LGDT with a 32-bit operand (o32, the 0x66 prefix), because our GDT lives above 16 MiB and
    ; a 16-bit LGDT would keep only 24 bits of its base. CS still has the reset base, so the
    ; pointer is addressed CS-relative.
    o32 lgdt [cs:gdt_pointer - RESET_BASE]
    mov eax, cr0
    or al, 1                        ; CR0.PE: segment registers now mean selectors
    mov cr0, eax
    ; Until this far jump the CPU keeps using the real-mode CS cache. The jump loads CS from the
    ; new GDT (flat 32-bit code) and so also switches the default operand size to 32 bits.
    jmp dword CODE_SELECTOR:protected_start

bits 32
protected_start:
    mov ax, DATA_SELECTOR           ; every data segment: flat 4 GiB, ring 0
    mov ds, ax
    mov es, ax
    mov fs, ax
    mov gs, ax
    mov ss, ax
    mov esp, BOOT_STACK
    mov eax, MULTIBOOT_MAGIC
    mov ebx, BOOT_INFO
    jmp KERNEL_START

align 8
gdt:
    dd 0x00000000, 0x00000000       ; the null descriptor: selector 0 may never be used
    dd 0x0000FFFF, 0x00CF9A00       ; 0x08: code, base 0, limit 4 GiB, ring 0, 32-bit
    dd 0x0000FFFF, 0x00CF9200       ; 0x10: data, base 0, limit 4 GiB, ring 0, writable
gdt_end:

gdt_pointer:
    dw gdt_end - gdt - 1            ; limit: the last valid byte of the table
    dd gdt                          ; base: a linear address

    times 0xFF0 - ($ - $$) db 0

bits 16
reset_vector:                       ; 0xFFFFFFF0: IP = 0xFFF0 with the reset CS base
    jmp near real_mode_start
    times 0x1000 - ($ - $$) db 0
