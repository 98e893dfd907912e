; vforkwait: what vfork plus wait costs, measured from ring 3 with the time-stamp counter: vfork
; (the child borrows the parent's address space, nothing is copied), the child exits at once,
; the parent, blocked until then, waits for it. main returns the cycles: the parent's exit code.
; Inside the measured stretch the calls are bare INT 0x80s, as in forkwait.
%include "crt0.asm"
%include "syscalls.asm"

section .text
main:
    push esi
    push ebx
    rdtsc
    mov esi, eax
    mov eax, SYS_VFORK          ; vfork() (the kit's number)
    int 0x80
    cmp eax, 0
    jne parent
    mov eax, SYS_EXIT           ; the child: exit(0)
    mov ebx, 0
    int 0x80
parent:
    mov ebx, eax                ; wait(the child)
    mov eax, SYS_WAIT
    int 0x80
    rdtsc
    sub eax, esi
    pop ebx
    pop esi
    ret                         ; return cycles
