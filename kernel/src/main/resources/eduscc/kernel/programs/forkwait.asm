; forkwait: what fork plus wait costs, measured from ring 3 with the time-stamp counter: fork,
; the child exits at once, the parent waits for it. Between the two RDTSCs lie the fork (the
; copy-on-write sharing of every user page), the switch to the child, its first steps (its
; first write to the stack it shares would copy a page; it makes none), its exit (its frames
; released), the switch back and wait. main returns the cycles: the parent's exit code.
; Inside the measured stretch the calls are bare INT 0x80s, not syscalls.asm's wrappers: a
; wrapper's pushes would write the shared stack and add a copy-on-write fault to the row.
%include "crt0.asm"
%include "syscalls.asm"

section .text
main:
    push esi
    push ebx
    rdtsc
    mov esi, eax
    mov eax, SYS_FORK           ; fork()
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
