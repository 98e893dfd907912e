; YOUR reset stub: the first code every SCC core runs once sccReset releases it.
;
; Read the handout (exercises/src/main/resources/eduscc/exercises/resetstub/HANDOUT.md), then
; replace each TODO with the real thing. Grade it with ./eduscc grade reset-stub; watch a core
; run it with ./eduscc boot --cores 1 --reset-image (see the handout for how to get the image).
;
; After reset the core is in real mode with CS = 0xF000 but a hidden CS base of 0xFFFF0000, so
; its first fetch comes from 0xFFFFFFF0, the last 16 bytes of this page (SDM Vol. 3A 9.1.4).

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
    ; TODO load GDTR from gdt_pointer (mind the 24-bit trap and which segment addresses it)
    ; TODO set CR0.PE
    ; TODO the far jump that loads CS from your GDT and lands at protected_start
.stuck:
    hlt                             ; TODO delete this loop once the far jump is there
    jmp .stuck

bits 32
protected_start:
    ; TODO load every data segment register with the flat data selector
    ; TODO the kernel's first stack
    ; TODO the Multiboot hand-over: the magic in EAX, the information's address in EBX
    ; TODO jump to the kernel
.stuck:
    hlt
    jmp .stuck

align 8
gdt:
    dd 0x00000000, 0x00000000       ; the null descriptor: selector 0 may never be used
    ; TODO 0x08: code, base 0, limit 4 GiB, ring 0, 32-bit, readable
    ; TODO 0x10: data, base 0, limit 4 GiB, ring 0, writable
gdt_end:

gdt_pointer:
    dw 0                            ; TODO limit: the offset of the table's last byte
    dd 0                            ; TODO base: the table's linear address

    times 0xFF0 - ($ - $$) db 0

bits 16
reset_vector:                       ; 0xFFFFFFF0: IP = 0xFFF0 with the reset CS base
    jmp near real_mode_start
    times 0x1000 - ($ - $$) db 0
