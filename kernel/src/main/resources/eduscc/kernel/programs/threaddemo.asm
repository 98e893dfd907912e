; threaddemo: the thread-create lab's program. It creates a thread (thread_create, the kit's
; number 42: EBX = where the thread starts, ECX = its argument) and joins it (wait), reading the
; time-stamp counter around each, and prints both times. The call returns at once; the join
; lasts until the new thread has had its turn on the core and has exited, which is where the
; timer's rate comes in. Registers other than EAX survive INT 0x80, even a blocking one.
bits 32

section .text
_start:
    rdtsc
    mov esi, eax
    mov eax, 42             ; thread_create(worker, 0)
    mov ebx, worker
    mov ecx, 0
    int 0x80
    mov edi, eax            ; the thread's id, for the join
    rdtsc
    sub eax, esi            ; the cycles of thread_create
    call print_number
    mov ecx, created
    mov edx, created_length
    call print
    rdtsc
    mov esi, eax
    mov eax, 13             ; wait(the thread): the join
    mov ebx, edi
    int 0x80
    rdtsc
    sub eax, esi            ; the cycles of the join
    call print_number
    mov ecx, joined
    mov edx, joined_length
    call print
    mov eax, 0              ; exit(0)
    mov ebx, 0
    int 0x80

worker:
    mov ecx, running        ; the thread's first instructions: say so, then exit(0)
    mov edx, running_length
    call print
    mov eax, 0
    mov ebx, 0
    int 0x80

; write(stdout, ECX, EDX)
print:
    mov eax, 1
    mov ebx, 1
    int 0x80
    ret

; writes EAX in decimal to stdout: digits from the lowest, each the remainder of a division by 10
print_number:
    mov ecx, digits_end
    mov ebx, 10
next_digit:
    xor edx, edx
    div ebx
    add dl, '0'
    dec ecx
    mov [ecx], dl
    test eax, eax
    jnz next_digit
    mov edx, digits_end
    sub edx, ecx
    call print
    ret

section .data
created:
    db " cycles: thread_create returned; the thread has not run yet. Joining it.", 10
created_length equ $ - created
joined:
    db " cycles: the join returned; the thread has run and exited.", 10
joined_length equ $ - joined
running:
    db "thread: running on my own stack, in my parent's address space; exiting", 10
running_length equ $ - running
digits:
    times 10 db 0
digits_end:
