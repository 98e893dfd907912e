package eduscc.exercises.elfloader;

import eduscc.kernel.elf.ElfFormatException;
import eduscc.kernel.mm.AddressSpace;
import eduscc.kernel.mm.ElfLoader;
import eduscc.kernel.mm.FrameAllocator;
import eduscc.kernel.mm.ProgramLoader;
import eduscc.kernel.mm.ProgramStart;
import eduscc.machine.cpu.Operations;

/** A submission that hands the work to the kit's own loader: it passes every check and earns nothing. */
public final class DelegatesToTheKit implements ProgramLoader {
    @Override
    public ProgramStart load(String name, byte[] file, FrameAllocator frames, AddressSpace kernel, Operations ops)
        throws ElfFormatException {
        return new ElfLoader().load(name, file, frames, kernel, ops);
    }
}
