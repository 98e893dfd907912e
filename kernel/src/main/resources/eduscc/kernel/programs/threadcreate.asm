; threadcreate: what thread_create alone costs, measured from ring 3 with the time-stamp
; counter, as the paper measured pthread_create: RDTSC, thread_create (the kit's number 42:
; EBX = where the thread starts, ECX = its argument), RDTSC. The thread has not run yet when
; the call returns; the program then joins it (wait), outside the measured part, so the
; process outlives its thread. The cycles of the call are the program's exit code.
bits 32

section .text
_start:
    rdtsc
    mov esi, eax
    mov eax, 42             ; thread_create(worker, 0)
    mov ebx, worker
    mov ecx, 0
    int 0x80
    mov edi, eax            ; the thread's id
    rdtsc
    sub eax, esi
    mov esi, eax            ; the cycles of thread_create, kept across the join
    mov eax, 13             ; wait(the thread), not measured
    mov ebx, edi
    int 0x80
    mov ebx, esi            ; exit(cycles)
    mov eax, 0
    int 0x80

worker:
    mov eax, 0              ; the thread: exit(0)
    mov ebx, 0
    int 0x80
