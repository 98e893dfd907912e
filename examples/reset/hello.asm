; A minimal reset image for `eduscc boot --reset-image`: greet on the debug port, then halt.
;
;   ./eduscc asm examples/reset/hello.asm --listing
;   ./eduscc boot --pids 0 --reset-image examples/reset/hello.bin
;
; The core starts at 0xFFFFFFF0 in real mode with a hidden CS base of 0xFFFF0000, so code and
; data in this page are addressed CS-relative: an offset is the address minus 0xFFFF0000.

bits 16
org 0xFFFFF000

RESET_BASE equ 0xFFFF0000
DEBUG_PORT equ 0xE9

start:
    cli
    mov si, message - RESET_BASE
    mov dx, DEBUG_PORT
.next:
    mov al, [cs:si]
    cmp al, 0
    je .done
    out dx, al
    inc si
    jmp .next
.done:
    hlt

message:
    db "Hello from the reset vector", 10, 0

    times 0xFF0 - ($ - $$) db 0
reset_vector:                       ; 0xFFFFFFF0, the first instruction after reset
    jmp near start
    times 0x1000 - ($ - $$) db 0
