; jacobi: the paper's compute row, a Jacobi solver for the heat equation on a 32x32 grid. The
; edge is fixed (the top row hot at 100.0, the other three edges at 0.0); each sweep sets every
; inner point of the new grid to the mean of its four neighbours in the old grid, then the two
; grids swap roles. The P54C's x87 is not modelled by the interpreter, so the values are 16.16
; fixed point in integers: the mean is four ADDs and a SAR by 2 (all values are positive and
; below 2^23, so no sum overflows).
;
; What is timed: SWEEPS sweeps between two RDTSCs; main returns the cycles (the exit code). Two
; sweeps before the first RDTSC warm up what the timed sweeps touch (both grids read and
; written, the code, the stack: in a guest, the host's shadow page table fills those entries
; then, so the timed loop itself makes no exit). Then a yield: when two instances share the
; core, the other gets its warm-up done too, before either times anything; and a second yield
; just after the first RDTSC, so that the other takes its first RDTSC too before either sweeps:
; then the later instance's window runs from (nearly) the first start to the last end, the time
; until both finish. Alone, a yield returns at once (the second one's system call is timed:
; a few hundred cycles in millions).
;
;   grid, row by row, 32 doublewords (128 bytes) a row     [esi - 128]
;                                                  [esi - 4]  [esi]  [esi + 4]
;                                                           [esi + 128]
%include "crt0.asm"
%include "syscalls.asm"

SWEEPS      equ 200
N           equ 32                  ; points per row and rows
ROW         equ N * 4               ; bytes per row
HOT         equ 100 << 16           ; 100.0 in 16.16

section .text
main:
    push esi
    push edi
    push ebx
    push ebp
    mov esi, grid_a
    mov edi, grid_b
    call sweep                      ; warm-up: two sweeps, so that both grids have been
    xchg esi, edi                   ; written (in a guest, the first write to a page exits
    call sweep                      ; once more, to set its DIRTY bit)
    xchg esi, edi
    mov eax, SYS_YIELD              ; let a second instance warm up before either times
    int 0x80
    rdtsc
    mov ebp, eax                    ; the low half is enough: the run is far below 2^32 cycles
    mov eax, SYS_YIELD              ; and let it take its start too: both windows open
    int 0x80                        ; within one switch of each other
    mov ebx, SWEEPS
again:
    call sweep
    xchg esi, edi                   ; the new grid is the old one of the next sweep
    dec ebx
    jnz again
    rdtsc
    sub eax, ebp
    pop ebp
    pop ebx
    pop edi
    pop esi
    ret                             ; return cycles

; sweep: one Jacobi sweep from the old grid at ESI into the new grid at EDI, inner points
; only (the edges of both grids are equal and never written). Keeps ESI, EDI, EBX and EBP.
sweep:
    push esi
    push edi
    add esi, ROW + 4                ; the first inner point: row 1, column 1
    add edi, ROW + 4
    mov edx, N - 2                  ; rows
next_row:
    mov ecx, N - 2                  ; points in the row
next_point:
    mov eax, [esi - ROW]            ; north
    add eax, [esi + ROW]            ; south
    add eax, [esi - 4]              ; west
    add eax, [esi + 4]              ; east
    sar eax, 2                      ; the mean of the four
    mov [edi], eax
    add esi, 4
    add edi, 4
    dec ecx
    jnz next_point
    add esi, 8                      ; past the east edge and the next row's west edge
    add edi, 8
    dec edx
    jnz next_row
    pop edi
    pop esi
    ret

section .data
grid_a:                             ; a page each: the data segment starts on a page
    times N dd HOT
    times N * (N - 1) dd 0
grid_b:
    times N dd HOT
    times N * (N - 1) dd 0
