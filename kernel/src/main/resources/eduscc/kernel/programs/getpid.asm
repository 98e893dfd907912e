; getpid: what one system call costs, measured from ring 3 as the paper measured it: the
; time-stamp counter before and after 1,000 calls of getpid (INT 0x80, EAX = 8), divided by
; 1,000. The loop's own DEC and JNZ are part of each call's share. The mean is the exit code.
bits 32

section .text
_start:
    rdtsc
    mov esi, eax
    mov edi, 1000           ; the system call keeps every register but EAX
again:
    mov eax, 8              ; getpid()
    int 0x80
    dec edi
    jnz again
    rdtsc
    sub eax, esi
    xor edx, edx
    mov ebx, 1000
    div ebx                 ; cycles per call
    mov ebx, eax            ; exit(cycles per call)
    mov eax, 0
    int 0x80
