; vforkwait: what vfork plus wait costs, measured from ring 3 with the time-stamp counter: vfork
; (the child borrows the parent's address space, nothing is copied), the child exits at once,
; the parent, blocked until then, waits for it. The cycles are the parent's exit code.
bits 32

section .text
_start:
    rdtsc
    mov esi, eax
    mov eax, 43             ; vfork() (the kit's number)
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
