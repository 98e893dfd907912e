; The program the elf-loader checks load: code over two pages whose entry is not its first byte,
; then data over two pages (4097 bytes from the file: not a whole number of doublewords) and a
; .bss of 6000 bytes, which ends on a third page.
section .text
helper:                         ; not the entry: e_entry is _start, on the second page
    ret
    times 4200 db 0x90
_start:
    mov eax, [first]
    mov [buffer], eax
.spin:
    jmp .spin

section .data
first:
    dd 0x11223344
    times 4092 db 0xA5
last:
    db 0x5A                     ; the data's last byte from the file: byte 4096 of the segment

section .bss
buffer:
    resb 6000
