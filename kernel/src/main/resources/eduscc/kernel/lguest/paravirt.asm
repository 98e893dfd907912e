;; What the guest's copy of entry.asm jumps to where the native kernel executes PUSHF and IRET
;; in its task switch and its interrupt return (lguest's guest patches the same instructions when
;; it boots; facts C.4). Natively those instructions save and restore EFLAGS.IF, the interrupt
;; flag of the task they switch to. In ring 1 the real IF is always on, and the guest's interrupt
;; flag is the word irq_enabled in lguest_data: so the flag a frame saves must be that word, and
;; an IRET must put the frame's flag back into it.
;;
;; The launcher writes this after entry.asm's last byte, with these lines before it:
;;   org           where it begins
;;   LGUEST_DATA   the guest's struct lguest_data
;;   AFTER_PUSH_CS the instruction after switch_context's "push cs", where save_flags returns

IRQ_ENABLED equ 0                      ; lguest_data.irq_enabled: 0, or 0x200 (EFLAGS.IF)
IF_FLAG     equ 0x200

;; switch_context's "pushf; push cs", with the virtual flag in the saved EFLAGS.
save_flags:
    pushf
    and dword [esp], 0xFFFFFDFF        ; the real IF goes...
    push eax
    mov eax, [LGUEST_DATA + IRQ_ENABLED]
    or [esp + 4], eax                  ; ...and the virtual one takes its place
    pop eax
    push cs
    jmp AFTER_PUSH_CS

;; common_stub's and common_switch's "add esp, 8; iret": drop int_no and error, then lguest_iret.
drop_and_iret:
    add esp, 8
;; lguest_iret: irq_enabled = the IF of the frame the IRET pops. Between the store and the IRET
;; the host must not inject an interrupt (the guest would take it on a stack the IRET is about
;; to leave): lguest_data's noirq_start and noirq_end name that window.
lguest_iret:
    push eax
    mov eax, [esp + 12]                ; EFLAGS, above EAX, EIP and CS
    and eax, IF_FLAG
noirq_start:
    mov [LGUEST_DATA + IRQ_ENABLED], eax
    pop eax
    iret
noirq_end:
