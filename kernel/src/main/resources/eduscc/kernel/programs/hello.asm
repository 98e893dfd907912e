; hello: the first x86 program of the kit's ramdisk (/bin/hello).
; It runs in ring 3 in an address space of its own and reaches the kernel only through
; INT 0x80, with eduOS's numbers: EAX = the call, EBX, ECX, EDX = its arguments.
bits 32

section .text
_start:
    mov eax, 1              ; write(
    mov ebx, 1              ;   stdout,
    mov ecx, message        ;   the bytes,
    mov edx, length         ;   how many)
    int 0x80
    mov eax, 0              ; exit(
    mov ebx, 0              ;   0)
    int 0x80

section .data
message:
    db "hello from ring 3, in an address space of my own", 10
length equ $ - message
