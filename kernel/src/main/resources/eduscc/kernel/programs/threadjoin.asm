; threadjoin: what creating a thread and joining it costs, measured from ring 3 with the
; time-stamp counter, as the paper measured pthread_create with join: thread_create (the kit's
; number 42: a task on the same address space with a stack of its own), then wait for it (the
; join). The thread exits at once. main returns the cycles: the program's exit code. Inside
; the measured stretch the calls are bare INT 0x80s, as in forkwait.
%include "crt0.asm"
%include "syscalls.asm"

section .text
main:
    push esi
    push ebx
    rdtsc
    mov esi, eax
    mov eax, SYS_THREAD_CREATE  ; thread_create(worker, 0)
    mov ebx, worker
    mov ecx, 0
    int 0x80
    mov ebx, eax                ; join: wait(the thread)
    mov eax, SYS_WAIT
    int 0x80
    rdtsc
    sub eax, esi
    pop ebx
    pop esi
    ret                         ; return cycles

worker:                         ; the thread: exit(0); its stack holds no return address
    mov eax, SYS_EXIT
    mov ebx, 0
    int 0x80
