; hello: the first x86 program of the kit's ramdisk (/bin/hello).
; It runs in ring 3 in an address space of its own and reaches the kernel only through
; INT 0x80, with eduOS's numbers; the kit's library wraps each call in a C-like function
; (syscalls.asm), and its crt0 starts the program by calling main.
%include "crt0.asm"
%include "syscalls.asm"

section .text
main:                           ; int main(void)
    push length                 ; write(1, message, length): the arguments pushed right to left
    push message
    push 1                      ; stdout
    call write
    add esp, 12                 ; the caller takes its arguments off the stack again
    mov eax, 0                  ; return 0: crt0 passes it to exit
    ret

section .data
message:
    db "hello from ring 3, in an address space of my own", 10
length equ $ - message
