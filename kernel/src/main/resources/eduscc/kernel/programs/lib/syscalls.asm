; syscalls.asm: the kit's system calls as C functions, the wrappers newlib's libgloss/eduos
; provides one per file (_write, _fork, ...). Each takes its arguments on the stack (cdecl:
; the caller pushes them right to left and removes them after the call), loads them into the
; registers the kernel reads (EAX = the number, then EBX, ECX, EDX), enters it with INT 0x80
; and returns what the kernel left in EAX: the result, or a negative errno (-9 is EBADF, as
; eduOS returns errors; there is no errno variable).
;
; A wrapper keeps EBX, ESI, EDI and EBP as cdecl asks of every function (the caller may rely on
; them); it may change EAX, ECX and EDX. Each frame looks alike:
;
;     [ebp + 16]  third argument
;     [ebp + 12]  second argument
;     [ebp + 8]   first argument
;     [ebp + 4]   return address        (pushed by the caller's CALL)
;     [ebp]       the caller's EBP      (pushed here)
;     [ebp - 4]   the caller's EBX      (pushed here: the kernel takes the first argument in EBX)
;
; The numbers are eduOS's (include/eduos/syscall.h); yield, sleep, thread_create, vfork and
; uptime are the kit's own, above eduOS's last. A program may use the names for a bare INT 0x80 too.
SYS_EXIT            equ 0
SYS_WRITE           equ 1
SYS_OPEN            equ 2
SYS_CLOSE           equ 3
SYS_READ            equ 4
SYS_LSEEK           equ 6
SYS_GETPID          equ 8
SYS_SBRK            equ 11
SYS_FORK            equ 12
SYS_WAIT            equ 13
SYS_EXECVE          equ 14
SYS_YIELD           equ 40
SYS_SLEEP           equ 41
SYS_THREAD_CREATE   equ 42
SYS_VFORK           equ 43
SYS_UPTIME          equ 44

section .text

exit:                           ; void exit(int code): ends the process (a thread: the thread)
    mov ebx, [esp + 4]          ; EBX need not be kept: exit never returns
    mov eax, SYS_EXIT
    int 0x80

write:                          ; int write(int fd, const void *buffer, int count)
    push ebp
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov ecx, [ebp + 12]
    mov edx, [ebp + 16]
    mov eax, SYS_WRITE
    int 0x80
    pop ebx
    pop ebp
    ret

read:                           ; int read(int fd, void *buffer, int count)
    push ebp
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov ecx, [ebp + 12]
    mov edx, [ebp + 16]
    mov eax, SYS_READ
    int 0x80
    pop ebx
    pop ebp
    ret

open:                           ; int open(const char *path, int flags, int mode): a descriptor
    push ebp
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov ecx, [ebp + 12]
    mov edx, [ebp + 16]
    mov eax, SYS_OPEN
    int 0x80
    pop ebx
    pop ebp
    ret

close:                          ; int close(int fd)
    push ebp
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov eax, SYS_CLOSE
    int 0x80
    pop ebx
    pop ebp
    ret

lseek:                          ; int lseek(int fd, int offset, int whence): the new offset
    push ebp
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov ecx, [ebp + 12]
    mov edx, [ebp + 16]
    mov eax, SYS_LSEEK
    int 0x80
    pop ebx
    pop ebp
    ret

getpid:                         ; int getpid(void): no arguments, so no frame
    mov eax, SYS_GETPID
    int 0x80
    ret

sbrk:                           ; void *sbrk(int increment): the old break (the new memory's start)
    push ebp
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov eax, SYS_SBRK
    int 0x80
    pop ebx
    pop ebp
    ret

fork:                           ; int fork(void): the child's id in the parent, 0 in the child
    mov eax, SYS_FORK
    int 0x80
    ret

vfork:                          ; int vfork(void): as fork, but the child borrows the parent's memory
    pop ecx                     ; The return address goes into a register: the child runs on this
    mov eax, SYS_VFORK          ; very stack and its next CALL overwrites the word it came from.
    int 0x80                    ; The parent, resumed after the child's exit or execve, finds its
    push ecx                    ; own copy in ECX (the kernel keeps every register but EAX). The
    ret                         ; child must not return from the function that called vfork.

execve:                         ; int execve(const char *path, char **argv, char **envp)
    push ebp                    ; returns only on an error; the kernel reads only the path today
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov ecx, [ebp + 12]
    mov edx, [ebp + 16]
    mov eax, SYS_EXECVE
    int 0x80
    pop ebx
    pop ebp
    ret

wait:                           ; int wait(int id): waits for child or thread id, returns its exit code
    push ebp
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov eax, SYS_WAIT
    int 0x80
    pop ebx
    pop ebp
    ret

thread_create:                  ; int thread_create(void (*entry)(void), int arg): the thread's id
    push ebp                    ; The thread starts at entry with arg in EBX, on a fresh stack with
    mov ebp, esp                ; nothing on it: no return address, so it must end with exit.
    push ebx                    ; Joining it is wait(id).
    mov ebx, [ebp + 8]
    mov ecx, [ebp + 12]
    mov eax, SYS_THREAD_CREATE
    int 0x80
    pop ebx
    pop ebp
    ret

yield:                          ; int yield(void): lets the next ready task run
    mov eax, SYS_YIELD
    int 0x80
    ret

sleep:                          ; int sleep(int ticks): blocks for that many timer ticks
    push ebp
    mov ebp, esp
    push ebx
    mov ebx, [ebp + 8]
    mov eax, SYS_SLEEP
    int 0x80
    pop ebx
    pop ebp
    ret
