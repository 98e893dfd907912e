; hello: the kit's first lguest guest, x86 run in ring 1 under the host's launcher.
; It does what a paravirtualized kernel does first, and little else, so each way out to the
; host can be followed in the debugger (facts: scc-lguest-x86.md part C):
;   1. LHCALL_LGUEST_INIT names the page it shares with the host (struct lguest_data);
;   2. it says hello on the debug port: OUT is privileged in ring 1, so every byte is a
;      general-protection fault that the host emulates, one round trip per byte;
;   3. it says it again through the virtio console the launcher offers: the whole line in one
;      buffer of the transmit queue, and one LHCALL_NOTIFY to kick it;
;   4. it touches a page it has not used yet: the host's shadow page tables fill on demand;
;   5. it makes three no-op hypercalls, the cheapest round trip there is;
;   6. it queues a hypercall in lguest_data's asynchronous ring instead of trapping, and the
;      next exit runs it;
;   7. it shuts down with LHCALL_SHUTDOWN.
; The launcher loads it at 4 MiB guest-physical and starts it there, the stack just below, with
; ESI at lguest's device page (the top of its RAM).

bits 32
org 0x00400000

LHCALL_FLUSH_ASYNC  equ 0
LHCALL_LGUEST_INIT  equ 1
LHCALL_SHUTDOWN     equ 2
LHCALL_NOTIFY   equ 17
LHCALL_SEND_INTERRUPTS equ 19
LGUEST_DATA     equ 0x00500000      ; struct lguest_data: any page of guest memory will do
HCALL_STATUS    equ LGUEST_DATA + 24
HCALLS          equ LGUEST_DATA + 88
SCRATCH         equ 0x00600000      ; a page nothing has touched yet
DEBUG_PORT      equ 0xE9
; lguest's device page: {u8 type, num_vq, feature_len, config_len, status}, then per queue
; {u16 num, u16 irq, u32 pfn}; the console's queue 1 transmits.
DEV_STATUS      equ 4
TRANSMIT_PFN    equ 5 + 8 + 4
DRIVER_OK       equ 7                   ; ACKNOWLEDGE | DRIVER | DRIVER_OK
AVAIL           equ 256 * 16            ; the available ring, after 256 descriptors

start:
    mov eax, LHCALL_LGUEST_INIT
    mov ebx, LGUEST_DATA
    int 0x1F                        ; trap 0x1F: into the Switcher, out to the host
    mov ebp, esi                    ; the device page
    mov esi, greeting
    call print
    cmp byte [ebp], 3               ; the first device: a virtio console?
    jne .no_console
    mov byte [ebp + DEV_STATUS], DRIVER_OK
    mov eax, LHCALL_NOTIFY          ; the device's status changed
    mov ebx, ebp
    int 0x1F
    mov ebx, [ebp + TRANSMIT_PFN]
    shl ebx, 12                     ; the transmit ring
    mov dword [ebx], virtio_line    ; descriptor 0: address (64 bits), length, flags, next
    mov dword [ebx + 4], 0
    mov dword [ebx + 8], virtio_line_end - virtio_line
    mov dword [ebx + 12], 0
    mov word [ebx + AVAIL], 1       ; flags: no interrupt when the host has used it
    mov word [ebx + AVAIL + 4], 0   ; ring[0]: descriptor 0
    mov word [ebx + AVAIL + 2], 1   ; idx: one entry available
    mov eax, LHCALL_NOTIFY          ; kick the queue: EBX is the ring's address
    int 0x1F
.no_console:
    mov dword [SCRATCH], 42         ; a page fault the host's demand_page resolves
    mov ecx, 3
.noop:
    mov eax, LHCALL_FLUSH_ASYNC     ; the host does nothing: the round trip is the cost
    int 0x1F
    loop .noop
    mov dword [HCALLS], LHCALL_SEND_INTERRUPTS     ; slot 0's arguments: the call and no more
    mov byte [HCALL_STATUS], 0      ; slot 0 pending: the host runs it at the next exit
    mov eax, LHCALL_FLUSH_ASYNC
    int 0x1F
    mov eax, LHCALL_SHUTDOWN
    mov ebx, goodbye
    mov ecx, 1                      ; LGUEST_SHUTDOWN_POWEROFF
    int 0x1F

print:                              ; the NUL-terminated string at ESI to the debug port
    mov al, [esi]
    test al, al
    jz .done
    out DEBUG_PORT, al              ; #GP(0): the host emulates the OUT
    inc esi
    jmp print
.done:
    ret

greeting:
    db "hello from ring 1", 10, 0
virtio_line:
    db "and again through virtio: one exit for the line", 10
virtio_line_end:
goodbye:
    db "power off", 0
