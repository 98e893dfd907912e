; getpid: what one system call costs, measured from ring 3 as the paper measured it: the
; time-stamp counter before and after 1,000 calls of getpid, divided by 1,000. The loop's own
; DEC and JNZ are part of each call's share. main returns the mean, and crt0 exits with it.
; The call is a bare INT 0x80, not syscalls.asm's getpid: the wrapper's CALL and RET would be
; counted too, and the row is the system call's cost.
%include "crt0.asm"
%include "syscalls.asm"

section .text
main:
    push esi                    ; cdecl: main keeps the registers its caller may rely on
    push edi
    push ebx
    rdtsc
    mov esi, eax
    mov edi, 1000               ; the system call keeps every register but EAX
again:
    mov eax, SYS_GETPID         ; getpid()
    int 0x80
    dec edi
    jnz again
    rdtsc
    sub eax, esi
    xor edx, edx
    mov ebx, 1000
    div ebx                     ; cycles per call
    pop ebx
    pop edi
    pop esi
    ret                         ; return cycles per call
