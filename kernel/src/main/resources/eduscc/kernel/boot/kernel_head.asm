; The first bytes of the eduSCC kernel image at 1 MiB, laid out as eduOS's .mboot section:
; a short jump over the Multiboot header, the header itself (4-byte aligned, within the first
; 8 KiB, as the Multiboot specification requires a loader to find it), and the entry point.
; The kernel binds its Java entry to the address 'kernel_entry'; the HLT loop below it only
; runs if nothing is bound there.

bits 32
org 0x00100000

MULTIBOOT_HEADER_MAGIC equ 0x1BADB002
MULTIBOOT_PAGE_ALIGN   equ 1 << 0
MULTIBOOT_MEMORY_INFO  equ 1 << 1
MULTIBOOT_FLAGS        equ MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO

start:
    jmp short kernel_entry
    align 4
multiboot_header:
    dd MULTIBOOT_HEADER_MAGIC
    dd MULTIBOOT_FLAGS
    dd -(MULTIBOOT_HEADER_MAGIC + MULTIBOOT_FLAGS)

kernel_entry:
    cli
.halt:
    hlt
    jmp short .halt
