/**
 * A small two-pass-and-more x86 assembler for the kit's boot and reset code: Intel syntax in the
 * style of NASM, 16- and 32-bit code, flat binary or static ELF32 executable output
 * ({@code ElfWriter}) with a listing that maps every byte back to its source line.
 *
 * <p>Entry point: {@link eduscc.machine.x86.asm.Assembler#assemble}. The source is read line by
 * line ({@code LineParser}), its operands are parsed and evaluated in each pass
 * ({@code OperandParser}, {@code AddressParser}, {@code Expression}), and each instruction family
 * has its encoder ({@code MoveEncoder}, {@code AluEncoder}, {@code JumpEncoder}, ...), all writing
 * through {@code Encoding} and {@code ModRm}.
 *
 * <p>Where this assembler knowingly differs from NASM:
 * <ul>
 *   <li>Labels need their colon; a bare word is an unknown instruction, not a label.</li>
 *   <li>{@code align N} pads with zero bytes up to a multiple of N in absolute addresses, also in
 *       code (NASM pads code with NOPs, counted from the section start).</li>
 *   <li>A value that does not fit an 8- or 16-bit field is an error, where NASM warns and
 *       truncates.</li>
 *   <li>A jump to a plain number ({@code jmp 0x7C10}) is short when it reaches, like a jump to a
 *       label; NASM always makes it near.</li>
 *   <li>{@code byte ptr}, {@code word ptr}, {@code dword ptr} are accepted as a courtesy to readers
 *       of MASM-style listings; {@code ptr} means nothing.</li>
 *   <li>{@code section .text}, {@code .data} and {@code .bss} come in that order, each in one
 *       piece; {@code .data} starts on the next 4 KiB page and {@code .bss} right after it, the
 *       layout a simple linker script gives (see {@code SectionLayout}). NASM allows sections in any
 *       order and interleaved.</li>
 *   <li>The only preprocessor directive is {@code %include "FILE"} ({@code IncludeExpander}); it
 *       searches an {@code IncludePath} (the command line: the program's folder, then the kit's
 *       library). NASM's macros, {@code %define} and conditionals are not there.</li>
 * </ul>
 * Prefixes come out in NASM's order: LOCK/REP, segment override, 0x66, 0x67.
 */
package eduscc.machine.x86.asm;
