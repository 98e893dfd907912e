;; switcher.asm: lguest's Switcher, the code that changes a core from the host to a guest and
;; back (facts: scc-lguest-x86.md C.3). It sits in one page mapped at 0xFFC00000 in the host
;; and in every guest, followed by this core's two lguest_pages:
;;
;;     0xFFC00000  this code                      read-only in the guest
;;     0xFFC01000  the regs page: struct lguest_regs at its end, the guest's ring-0 stack
;;     0xFFC02000  the read-only state page: the host's CR3, GDT, IDT and stack, the guest's
;;                 GDT, IDT and TSS
;;
;; The way in: the launcher calls run_guest_once with EAX = the lguest_pages (the regs page)
;; and EBX = the physical address of the guest's shadow page directory. A far call enters the
;; Switcher through LGUEST_CS, so the host's stack then looks like an interrupt frame.
;;
;; The way out: every vector of the guest's IDT points at a stub below. The processor has
;; switched to ring 0 on the stack the guest's TSS names (ESP0 = the end of the regs page), so
;; what it pushes, and what the stub and switch_to_host push after it, fill struct lguest_regs.
;; Exceptions, hypercalls and system calls return to the host behind run_guest_once; a hardware
;; interrupt is handed to the host's own handler for its vector instead, which returns there.
;; The 256 stubs are the same four lines each; they follow this file, written out by the kit
;; (lguest's IRQ_STUBS macro does the same).

bits 32
org 0xFFC00000

LGUEST_CS       equ 0x50        ; GDT entry 10: the Switcher's own 4 GiB code segment
LGUEST_DS       equ 0x58        ; GDT entry 11: its data segment
TSS_SELECTOR    equ 0x28        ; GDT entry 5: the host's TSS in its GDT, the guest's in the guest's
TSS_BUSY_BYTE   equ 0x28 + 5    ; the descriptor byte that holds the busy bit (type 1011 -> 1001)

;; struct lguest_regs: the last 72 bytes of the regs page.
REGS            equ 0x1000 - 72
REGS_TRAPNUM    equ REGS + 44

;; struct lguest_ro_state: the page after the regs page.
HOST_CR3        equ 0x1000 + 0
HOST_IDT_DESC   equ 0x1000 + 4
HOST_GDT_DESC   equ 0x1000 + 10
HOST_SP         equ 0x1000 + 16
GUEST_IDT_DESC  equ 0x1000 + 20
GUEST_GDT_DESC  equ 0x1000 + 26
GUEST_GDT       equ 0x1000 + 2184

;; void run_guest_once(struct lguest_pages* eax, u32 shadow_cr3 ebx): not part of the Switcher
;; in lguest (it is C in the host module), kept here so the whole round trip reads in one file.
;; PUSHF and the far call leave EFLAGS, CS and EIP on the host's stack: the IRET at the end of
;; the way out, or the host's interrupt handler's, returns behind the call.
run_guest_once:
    pushf
    call far [lguest_entry]
    ret

lguest_entry:                   ; the far pointer LGUEST_CS:switch_to_guest
    dd switch_to_guest
    dw LGUEST_CS

;; The way in.
switch_to_guest:
    push es                     ; the host's segment registers and frame pointer
    push ds
    push gs
    push fs
    push ebp
    mov [eax + HOST_SP], esp    ; where the way out finds the host's stack again
    lea esp, [eax + REGS]       ; the guest's registers are popped from the regs page
    lgdt [eax + GUEST_GDT_DESC]
    lidt [eax + GUEST_IDT_DESC]
    mov edx, TSS_SELECTOR
    ltr dx                      ; the guest's TSS: ESP0 is the end of the regs page
    mov edx, [eax + HOST_GDT_DESC + 2]
    and byte [edx + TSS_BUSY_BYTE], 0xFD    ; the host's TSS is not busy, so LTR takes it again later
    mov cr3, ebx                ; the shadow page tables: from here the state page is read-only
    pop eax                     ; the guest's registers, as the last exit left them
    pop ebx
    pop ecx
    pop edx
    pop esi
    pop edi
    pop ebp
    pop gs
    pop fs
    pop ds
    pop es
    add esp, 8                  ; trapnum and errcode
    iret                        ; EIP, CS, EFLAGS, ESP, SS: into ring 1 (or 3), interrupts on

;; The way out. The stub pushed the error code (or 0) and the vector.
switch_to_host:
    push es                     ; the rest of struct lguest_regs
    push ds
    push fs
    push gs
    push ebp
    push edi
    push esi
    push edx
    push ecx
    push ebx
    push eax
    mov eax, LGUEST_DS
    mov ds, eax
    mov eax, esp
    and eax, 0xFFFFF000         ; this stack lies in the regs page: that is the lguest_pages
    mov ebx, [eax + REGS_TRAPNUM]
    mov edx, [eax + HOST_CR3]
    mov cr3, edx                ; back in the host's address space
    and byte [eax + GUEST_GDT + TSS_BUSY_BYTE], 0xFD    ; the guest's TSS is not busy any more
    lgdt [eax + HOST_GDT_DESC]
    lidt [eax + HOST_IDT_DESC]
    mov esp, [eax + HOST_SP]
    mov edx, TSS_SELECTOR
    ltr dx
    pop ebp
    pop fs
    pop gs
    pop ds
    pop es
    cmp ebx, 32                 ; an exception: the launcher handles it
    jb .return_to_host
    cmp ebx, 0x80               ; a system call from the guest's ring 3: the launcher reflects it
    je .return_to_host
;; deliver_to_host: a hardware interrupt arrived while the guest ran. The host's stack looks
;; like an interrupt frame, so its own handler for the vector runs and IRETs behind the call.
    mov edx, [eax + HOST_IDT_DESC + 2]
    lea eax, [edx + ebx * 8]    ; the host's gate for the vector
    movzx edx, word [eax]       ; offset 15..0
    mov eax, [eax + 4]
    xor ax, ax                  ; offset 31..16
    or edx, eax
    jmp edx
.return_to_host:
    iret

;; An NMI while the guest runs is dropped, as in lguest.
handle_nmi:
    add esp, 8
    iret
