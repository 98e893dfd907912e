;; entry.asm: the kernel's interrupt entry and exit paths and its software context switch,
;; in the shape of eduOS arch/x86/kernel/entry.asm (facts: eduos-metalsvm.md section 4 and 5).
;; The IDT gates point at the isrN labels below; the kernel binds its C-level functions, written
;; in Java, to the labels in the last section, which x86 code reaches with CALL and leaves by RET.
;;
;; The frame common_stub builds is eduOS's struct state (kernel class StateFrame names it):
;;
;;     higher addresses   ss, useresp     pushed by the processor, only from ring 3
;;                        eflags, cs, eip pushed by the processor
;;                        error           by the processor, or 0 by the stub
;;                        int_no          by the stub
;;                        eax ... edi     by PUSHA (eax highest, edi lowest, esp in between)
;;                        es, ds          by common_stub
;;     ESP -> struct state*  the argument of irq_handler
;;
;; No stub starts with CLI: every vector but 0x80 has an interrupt gate, and the processor
;; clears IF itself before the first instruction here (SDM Vol. 3A 6.12.1.2).

bits 32
org 0x00118000

KERNEL_DATA equ 0x10
CR0_TS      equ 1 << 3

;; Exceptions 0-31. The processor pushes an error code for 8, 10-14 and 17; for every other
;; vector the stub pushes 0 in its place, so that all frames have the same layout.

isr0:     ; #DE divide error
    push 0
    push 0
    jmp common_stub
isr1:     ; #DB debug
    push 0
    push 1
    jmp common_stub
isr2:     ; NMI
    push 0
    push 2
    jmp common_stub
isr3:     ; #BP breakpoint
    push 0
    push 3
    jmp common_stub
isr4:     ; #OF overflow
    push 0
    push 4
    jmp common_stub
isr5:     ; #BR bound range
    push 0
    push 5
    jmp common_stub
isr6:     ; #UD invalid opcode
    push 0
    push 6
    jmp common_stub
isr7:     ; #NM device not available
    push 0
    push 7
    jmp common_stub
isr8:     ; #DF double fault
    push 8
    jmp common_stub
isr9:     ; coprocessor segment overrun
    push 0
    push 9
    jmp common_stub
isr10:    ; #TS invalid TSS
    push 10
    jmp common_stub
isr11:    ; #NP segment not present
    push 11
    jmp common_stub
isr12:    ; #SS stack fault
    push 12
    jmp common_stub
isr13:    ; #GP general protection
    push 13
    jmp common_stub
isr14:    ; #PF page fault
    push 14
    jmp common_stub
isr15:    ; reserved
    push 0
    push 15
    jmp common_stub
isr16:    ; #MF x87 error
    push 0
    push 16
    jmp common_stub
isr17:    ; #AC alignment check
    push 17
    jmp common_stub
isr18:    ; #MC machine check
    push 0
    push 18
    jmp common_stub
isr19:    ; #XM SIMD
    push 0
    push 19
    jmp common_stub
isr20:    ; reserved
    push 0
    push 20
    jmp common_stub
isr21:    ; reserved
    push 0
    push 21
    jmp common_stub
isr22:    ; reserved
    push 0
    push 22
    jmp common_stub
isr23:    ; reserved
    push 0
    push 23
    jmp common_stub
isr24:    ; reserved
    push 0
    push 24
    jmp common_stub
isr25:    ; reserved
    push 0
    push 25
    jmp common_stub
isr26:    ; reserved
    push 0
    push 26
    jmp common_stub
isr27:    ; reserved
    push 0
    push 27
    jmp common_stub
isr28:    ; reserved
    push 0
    push 28
    jmp common_stub
isr29:    ; reserved
    push 0
    push 29
    jmp common_stub
isr30:    ; reserved
    push 0
    push 30
    jmp common_stub
isr31:    ; reserved
    push 0
    push 31
    jmp common_stub

;; The local APIC's vectors (eduOS apic.c): timer, LINT0 (the SCC's inter-core interrupt),
;; LINT1, error and spurious.

isr123:    ; APIC timer
    push 0
    push 123
    jmp common_stub
isr124:    ; LINT0
    push 0
    push 124
    jmp common_stub
isr125:    ; LINT1
    push 0
    push 125
    jmp common_stub
isr126:    ; APIC error
    push 0
    push 126
    jmp common_stub
isr127:    ; spurious
    push 0
    push 127
    jmp common_stub
;; Saves what the interrupted code will need again, gives the kernel its own data segments, and
;; calls the C-level handler with a pointer to the frame. The handler may switch tasks inside
;; (it calls switch_context); this code then goes on, much later, on the same stack.
common_stub:
    pusha
    push es
    push ds
    mov eax, KERNEL_DATA
    mov ds, eax
    mov es, eax
    push esp                    ; struct state* for irq_handler
    call irq_handler
.exit:                          ; the way back: undo what the entry saved
    add esp, 4
    pop ds
    pop es
    popa
    add esp, 8                  ; int_no and error
.iret:
    iret

;; INT 0x80 (a DPL-3 trap gate, so IF stays as the caller had it). The pushed registers are the
;; C argument list of syscall_handler(nr, ebx, ecx, edx, esi, edi); the result comes back in EAX.
isrsyscall:
    push es
    push ds
    push ebp
    push edi
    push esi
    push edx
    push ecx
    push ebx
    push eax
    mov eax, KERNEL_DATA
    mov ds, eax
    mov es, eax
    sti
    call syscall_handler
.exit:
    add esp, 4                  ; the saved EAX: the result replaces it
    pop ebx
    pop ecx
    pop edx
    pop esi
    pop edi
    pop ebp
    pop ds
    pop es
.iret:
    iret

;; void switch_context(size_t** old_sp): the scheduler's way to another task. It builds on the
;; old task's stack a frame that looks as if the task had been interrupted at 'rollback', so the
;; one return path (pop, IRET) serves interrupted and yielding tasks alike.
switch_context:
    mov eax, [esp + 4]          ; old_sp: where the old task keeps its stack pointer
    pushf
    push cs
    push rollback               ; the EIP the frame returns to
    push 0                      ; int_no
    push 0x00EDBABE             ; error: marks a frame built by switch_context
    pusha
    push es
    push ds
    jmp common_switch
rollback:
    ret                         ; back into the scheduler, in the task switched back to

;; Leaves the old stack for the new task's, then returns on it: set_kernel_stack runs on the new
;; stack, so an interrupt from ring 3 in the new task lands on that task's own kernel stack.
common_switch:
    mov [eax], esp              ; *old_sp = ESP: the old task's frame is complete
    call get_current_stack      ; EAX = the new task's last_stack_pointer
    xchg eax, esp               ; now on the new task's kernel stack
    mov eax, cr0
    or eax, CR0_TS              ; the next FPU instruction traps (#NM): lazy FPU switching
    mov cr0, eax
    call set_kernel_stack       ; TSS.ESP0 = the top of the new task's kernel stack
    pop ds
    pop es
    popa
    add esp, 8                  ; int_no and error
    iret

;; The C-level functions. The kernel binds Java code to each label; the HLT only runs if nothing
;; is bound there.
irq_handler:                    ; void irq_handler(struct state* s)
    hlt
syscall_handler:                ; int syscall_handler(int nr, ebx, ecx, edx, esi, edi)
    hlt
get_current_stack:              ; size_t* get_current_stack(void)
    hlt
set_kernel_stack:               ; void set_kernel_stack(void)
    hlt
