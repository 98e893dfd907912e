; hcallbench: measures one host-guest switch, the paper's first row (guest -> host -> guest
; for a hypercall that does nothing, LHCALL_FLUSH_ASYNC), from inside the guest, with the time
; stamp counter before and after each INT 0x1F. RDTSC is allowed in ring 1 (CR4.TSD is 0).
; The SAMPLES round trips are stored as 32-bit cycle counts at SAMPLE_AREA; the host's bench
; reads them from guest memory after the guest shut down.

bits 32
org 0x00400000

LHCALL_FLUSH_ASYNC  equ 0
LHCALL_LGUEST_INIT  equ 1
LHCALL_SHUTDOWN     equ 2
LGUEST_DATA     equ 0x00500000
SAMPLE_AREA     equ 0x00510000
SAMPLES         equ 100

start:
    mov eax, LHCALL_LGUEST_INIT
    mov ebx, LGUEST_DATA
    int 0x1F
    mov edi, SAMPLE_AREA
    mov ecx, SAMPLES
    mov dword [edi], 0              ; fault the sample page in before the first sample
.sample:
    rdtsc
    mov esi, eax                    ; the low half is enough: a round trip is far below 2^32 cycles
    mov eax, LHCALL_FLUSH_ASYNC
    int 0x1F
    rdtsc
    sub eax, esi
    mov [edi], eax
    add edi, 4
    loop .sample
    mov eax, LHCALL_SHUTDOWN
    mov ebx, done
    mov ecx, 1
    int 0x1F

done:
    db "samples taken", 0
