; crt0.asm: the start-up code of the kit's x86 programs (newlib's libgloss/eduos crt0 does the
; same job). The kernel's exec enters a program at _start in ring 3 with ESP at the top of a
; fresh stack (0xC0000000) and nothing on it: no argument count, no argv, no environment.
; _start gives main what a C main expects, main(argc, argv, envp), following cdecl (arguments
; pushed right to left, result in EAX), and hands main's return value to exit.
;
;     %include "crt0.asm"
;     %include "syscalls.asm"
;     section .text
;     main:   ...             ; int main(int argc, char **argv, char **envp)
;             mov eax, 0
;             ret             ; exit(0)
;
; Include it first, before the program's own code: it opens section .text.
section .text
_start:
    xor ebp, ebp                ; no caller: a backtrace walking the EBP chain stops here
    push 0                      ; envp = NULL: exec puts no environment on the stack
    push 0                      ; argv = NULL: nor any arguments
    push 0                      ; argc = 0
    call main
    mov ebx, eax                ; exit(main's return value): system call 0, the code in EBX.
    mov eax, 0                  ; A bare INT 0x80, so crt0 needs nothing from syscalls.asm.
    int 0x80                    ; exit never returns
