; pagefault: what one page fault costs, measured from ring 3 as the paper measured its rows:
; the time-stamp counter before and after the first touch of a demand-zero page of the heap.
; The kernel's handler takes a frame, zeroes it, takes and zeroes one more for the page table
; (the heap's first page) and maps the page; then the load runs again. The cycles between the
; two RDTSCs (the second RDTSC's own 14 included) are what main returns: the exit code.
%include "crt0.asm"

section .text
main:
    push esi
    rdtsc
    mov esi, eax                ; the low half is enough: a fault is far below 2^32 cycles
    mov eax, [0x10000000]       ; the first load from the heap: #PF, not present
    rdtsc
    sub eax, esi
    pop esi
    ret                         ; return cycles
