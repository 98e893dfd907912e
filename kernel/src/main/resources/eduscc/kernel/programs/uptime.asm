; uptime: how long has this core been up? The program sleeps 2 timer ticks, then asks the kernel
; with uptime, the kit's system call 44 (the exercise syscall): EAX comes back with the ticks
; since the core booted, and the ticks per second are stored at the pointer in EBX. It prints
;   up 3 ticks at 100 Hz
; Then it hands uptime a pointer into the kernel (its text, at 1 MiB): the kernel must refuse to
; store there, with -14 (-EFAULT), and main returns 14, which crt0 passes to exit.
%include "crt0.asm"
%include "syscalls.asm"

section .text
main:
    push esi                    ; cdecl: main keeps the registers its caller may rely on
    push edi
    push ebx
    push 2                      ; sleep(2)
    call sleep
    add esp, 4
    mov eax, SYS_UPTIME         ; uptime(&hz): the number in EAX, the pointer in EBX
    mov ebx, hz
    xor ecx, ecx                ; nothing in the other argument registers
    xor edx, edx
    int 0x80
    mov [ticks], eax
    mov edi, line               ; "up TICKS ticks at HZ Hz\n", built in line
    mov esi, up_text
    call append
    mov eax, [ticks]
    call decimal
    mov esi, at_text
    call append
    mov eax, [hz]
    call decimal
    mov esi, hz_text
    call append
    sub edi, line               ; the line's length
    push edi                    ; write(1, line, length)
    push line
    push 1
    call write
    add esp, 12
    mov eax, SYS_UPTIME         ; uptime(kernel text): not the caller's memory
    mov ebx, 0x00100000
    xor ecx, ecx
    xor edx, edx
    int 0x80
    neg eax                     ; -EFAULT becomes 14: the exit code
    pop ebx
    pop edi
    pop esi
    ret

; append: copies the NUL-terminated string at ESI to EDI, without the NUL; EDI ends after it.
append:
    mov al, [esi]
    test al, al
    jz append_done
    mov [edi], al
    inc esi
    inc edi
    jmp append
append_done:
    ret

; decimal: writes EAX, unsigned, in decimal at EDI; EDI ends after the last digit. The digits
; come out of DIV lowest first, so they wait on the stack and are popped highest first.
decimal:
    push ebx
    mov ebx, 10
    xor ecx, ecx
decimal_divide:
    xor edx, edx
    div ebx
    add edx, 48
    push edx
    inc ecx
    test eax, eax
    jnz decimal_divide
decimal_store:
    pop eax
    mov [edi], al
    inc edi
    dec ecx
    jnz decimal_store
    pop ebx
    ret

section .data
hz:
    dd 0
ticks:
    dd 0
up_text:
    db "up ", 0
at_text:
    db " ticks at ", 0
hz_text:
    db " Hz", 10, 0
line:
    times 48 db 0
