package eduscc.kernel.lguest;

/**
 * What the launcher loads into a new guest (lguest's launcher loads the kernel file at its
 * physical load address, facts C.6): {@code bytes} at guest-physical {@code loadAddress},
 * started at {@code entry} in ring 1 with ESP at {@code stackTop}.
 */
public record GuestImage(String name, byte[] bytes, int loadAddress, int entry, int stackTop) {
    public GuestImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
