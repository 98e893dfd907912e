package eduscc.kernel.mm;

/** Makes the {@link ProgramLoader} of one core's kernel, as {@link PageFaultResolverFactory} makes its resolver. */
@FunctionalInterface
public interface ProgramLoaderFactory {
    /** The kit's own: {@link ElfLoader}. */
    ProgramLoaderFactory KIT = ElfLoader::new;

    ProgramLoader create();
}
