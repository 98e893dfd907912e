; forkwait: what fork plus wait costs, measured from ring 3 with the time-stamp counter: fork,
; the child exits at once, the parent waits for it. Between the two RDTSCs lie the fork (the
; copy-on-write sharing of every user page), the switch to the child, its first steps (its
; first write to the stack it shares would copy a page; it makes none), its exit (its frames
; released), the switch back and wait. The cycles are the parent's exit code.
bits 32

section .text
_start:
    rdtsc
    mov esi, eax
    mov eax, 12             ; fork()
    int 0x80
    cmp eax, 0
    jne parent
    mov eax, 0              ; the child: exit(0)
    mov ebx, 0
    int 0x80
parent:
    mov ebx, eax            ; wait(the child)
    mov eax, 13
    int 0x80
    rdtsc
    sub eax, esi
    mov ebx, eax            ; exit(cycles)
    mov eax, 0
    int 0x80
