/**
 * The kit's x86 disassembler: machine code back into the Intel/NASM syntax of
 * {@link eduscc.machine.x86.asm}, for the instruction subset the interpreter runs and a few easy
 * neighbours. It reads from any {@link eduscc.machine.x86.disasm.ByteSource}, so a raw reset image
 * and a running core's memory look the same to it.
 *
 * <p>Entry point: {@link eduscc.machine.x86.disasm.Disassembler}. {@code Decoding} reads the
 * prefixes and keeps the sizes they leave; {@code OneByteMap} and {@code TwoByteMap} follow the
 * SDM's opcode tables to one family per SDM instruction group ({@code ArithmeticForms},
 * {@code ShiftBitForms}, {@code MoveForms}, {@code StackForms}, {@code BranchForms},
 * {@code SystemForms}, {@code StringIoForms}), which read ModR/M through {@code ModRm}.
 *
 * <p>How the text is written, so that the kit's assembler turns it back into the same bytes:
 * <ul>
 *   <li>Lower case, numbers in hexadecimal with {@code 0x}. Immediates are unsigned at their
 *       operand size ({@code add ax, 0xfff0}); a one-byte displacement after a register has its
 *       sign ({@code [bp-0x2]}), a word or dword one is unsigned, a bare address always is.</li>
 *   <li>A size keyword appears only where no register gives the size
 *       ({@code mov byte [bx+si+0x10], 0x5}, {@code push word [bx]}), and on a push, jump or call
 *       whose operand size is not the mode's ({@code push dword 0x5}, {@code jmp dword [bx]}).</li>
 *   <li>A segment override is written inside the memory operand ({@code [cs:si]}); a bare address
 *       in the other address size carries it: {@code [dword 0x12345678]}.</li>
 *   <li>Relative branches show their target as an absolute address, wrapped to 32 bits, with
 *       {@code short} or {@code near} where both forms exist ({@code jmp short 0x7c10},
 *       {@code jz near 0x7e00}); far pointers are {@code selector:offset}
 *       ({@code jmp dword 0x8:0xfffff05a}).</li>
 *   <li>A prefix that no operand shows becomes a word in front of the name: {@code lock},
 *       {@code rep}/{@code repe}/{@code repne} as the bytes came, then {@code o16}/{@code o32} and
 *       {@code a16}/{@code a32} ({@code o32 lgdt [cs:0xf040]}, {@code a32 loop}). Sizes the name
 *       already says stay in the name ({@code stosd}, {@code pushad}, {@code iretw},
 *       {@code jecxz}).</li>
 *   <li>Bytes that are not an instruction are {@code db} of the bytes read until that was clear:
 *       the opcode, with the ModR/M bytes when the group member is undefined, the whole
 *       instruction when LOCK is not allowed on it, at most 15 bytes, or what is left before the
 *       end of the code.</li>
 * </ul>
 *
 * <p>Where text and bytes cannot meet. The assembler picks one encoding for each line, the
 * shortest, as NASM does; bytes another assembler chose differently disassemble correctly but
 * come back as the assembler's choice:
 * <ul>
 *   <li>the second form of a choice: {@code 03 C3} for {@code add ax, bx} (the assembler writes
 *       {@code 01 D8}), {@code 8B} moves between registers, {@code C7}/{@code 81}/{@code 69}/
 *       {@code 68} with an immediate that fits a shorter form, {@code 80}/{@code 81} on the
 *       accumulator, {@code 8A}/{@code 8B} where {@code A0}-{@code A3} exist, {@code 87} with
 *       AX, {@code 8F}/{@code FF /6} on a register, {@code C1 /4 01} for a shift by one;</li>
 *   <li>addresses: a displacement longer than needed ({@code [bx+0x0]}, a word that fits a byte),
 *       a SIB byte where none is needed, an index without a base scaled by 1 or 2
 *       ({@code [eax*2+0x10]} becomes {@code [eax+eax+0x10]}), the ignored mod bits of
 *       {@code mov eax, cr0};</li>
 *   <li>prefixes: repeated ones, segment/size prefixes in another order than LOCK/REP, segment,
 *       0x66, 0x67, and a segment override without a memory operand, spelled the NASM way
 *       ({@code cs lodsb}), which the kit's assembler does not read;</li>
 *   <li>forms the kit's assembler has no spelling for: {@code jz dword} (a near Jcc with the
 *       other operand size), {@code movzx} from a word into a word register, and the
 *       instructions beyond its set: SETcc, ENTER, LDS/LES/LSS/LFS/LGS, VERR/VERW, XLATB, WAIT
 *       and the decimal adjusts;</li>
 *   <li>a 16-bit branch is shown in the flat address space; where IP would wrap inside its
 *       segment (or EIP beyond 4 GiB) the target shown is not the one the assembler measures.</li>
 * </ul>
 * The undocumented aliases (82, group 2 /6, group 3 /1), the x87 escapes and the 486
 * instructions are left undecoded, as the interpreter leaves them unexecuted.
 */
package eduscc.machine.x86.disasm;
