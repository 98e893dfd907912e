; forkdemo: fork and copy-on-write, step by step. After fork, parent and child share every
; page; the writable ones, the data page and the stack, are read-only in both and marked
; copy-on-write, and the first write to each is a page fault:
;   - fork returns in the parent first, and it pushes wait's argument: the stack is still
;     shared, so the kernel gives the parent a copy of it;
;   - the child writes its counter: the data page is shared, so the child gets a copy; then it
;     pushes write's arguments: nobody shares the stack's old frame any more, so the child
;     simply takes it over;
;   - after the child's exit the parent writes its digit, and takes the data page over too.
; Each prints the counter it sees.
%include "crt0.asm"
%include "syscalls.asm"

section .text
main:
    call fork
    cmp eax, 0
    je child                    ; the child's fork returns 0
    push eax                    ; the parent's returns the child's id: wait(child)
    call wait
    add esp, 4
    mov eax, [counter]          ; still 1: the child's write went to its own copy
    add eax, 48                 ; the digit
    mov [parent_digit], al
    push parent_length          ; write(1, parent_text, parent_length)
    push parent_text
    push 1
    call write
    add esp, 12
    mov eax, 0                  ; return 0
    ret

child:
    mov dword [counter], 5      ; the first write to the shared data page: the kernel copies it
    mov eax, [counter]
    add eax, 48
    mov [child_digit], al
    push child_length           ; write(1, child_text, child_length)
    push child_text
    push 1
    call write
    add esp, 12
    mov eax, 3                  ; return 3: the parent's wait returns it
    ret

section .data
counter:
    dd 1
child_text:
    db "child: my counter is "
child_digit:
    db "?", 10
child_length equ $ - child_text
parent_text:
    db "parent: my counter is "
parent_digit:
    db "?", 10
parent_length equ $ - parent_text
