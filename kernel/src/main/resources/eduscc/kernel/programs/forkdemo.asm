; forkdemo: fork and copy-on-write, step by step. After fork, parent and child share every
; page; the data page is read-only in both, marked copy-on-write. The child writes its counter
; first: a page fault, and the kernel gives it a copy of the page. The parent waits for the
; child, then writes: another page fault, but nobody shares the frame any more, so the parent
; simply takes it over. Each prints the counter it sees.
bits 32

section .text
_start:
    mov eax, 12                 ; fork()
    int 0x80
    cmp eax, 0
    je child                    ; the child's fork returns 0
    mov ebx, eax                ; the parent's returns the child's id: wait(child)
    mov eax, 13
    int 0x80
    mov eax, [counter]          ; still 1: the child's write went to its own copy
    add eax, 48                 ; the digit
    mov [parent_digit], al      ; a write: the page is still marked, the frame taken over
    mov eax, 1                  ; write(1, parent_text, parent_length)
    mov ebx, 1
    mov ecx, parent_text
    mov edx, parent_length
    int 0x80
    mov eax, 0                  ; exit(0)
    mov ebx, 0
    int 0x80

child:
    mov dword [counter], 5      ; the first write to the shared page: the kernel copies it
    mov eax, [counter]
    add eax, 48
    mov [child_digit], al
    mov eax, 1                  ; write(1, child_text, child_length)
    mov ebx, 1
    mov ecx, child_text
    mov edx, child_length
    int 0x80
    mov eax, 0                  ; exit(3): the parent's wait returns 3
    mov ebx, 3
    int 0x80

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
