/**
 * Reading ELF32 executables, the parsing half of eduOS's {@code load_task}
 * ({@code arch/x86/kernel/tasks.c}): {@link eduscc.kernel.elf.ElfImage#parse} checks a file the
 * way that loader does, and more strictly, and describes what to map.
 *
 * <p>A package of its own because the ELF format is neither memory management nor tasks: the
 * loader that maps the segments (the {@code mm} package's page tables and frames) and the
 * process code that calls it ({@code execve}, the ramdisk's first program) both read the same
 * description, and eduOS too keeps the format in a header of its own ({@code asm/elf.h}).
 */
package eduscc.kernel.elf;
