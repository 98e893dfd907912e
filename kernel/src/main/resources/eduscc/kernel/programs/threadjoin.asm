; threadjoin: what creating a thread and joining it costs, measured from ring 3 with the
; time-stamp counter, as the paper measured pthread_create with join: thread_create (the kit's
; number 42: a task on the same address space with a stack of its own), then wait for it (the
; join). The thread exits at once. The cycles are the program's exit code.
bits 32

section .text
_start:
    rdtsc
    mov esi, eax
    mov eax, 42             ; thread_create(worker, 0)
    mov ebx, worker
    mov ecx, 0
    int 0x80
    mov ebx, eax            ; join: wait(the thread)
    mov eax, 13
    int 0x80
    rdtsc
    sub eax, esi
    mov ebx, eax            ; exit(cycles)
    mov eax, 0
    int 0x80

worker:
    mov eax, 0              ; the thread: exit(0)
    mov ebx, 0
    int 0x80
