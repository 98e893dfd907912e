package eduscc.kernel.elf;

/**
 * What the values of the ELF header's identifying fields mean, so that a refused file says
 * "e_machine is 62 (x86-64)" rather than a bare number. The numbers are from the System V ABI
 * ("Object Files") and the registry of e_machine values it points to; only the ones a student is
 * likely to meet are named.
 */
final class ElfNames {
    private ElfNames() {
    }

    static String elfClass(long value) {
        return value == 1 ? "32-bit" : value == 2 ? "64-bit" : null;
    }

    static String byteOrder(long value) {
        return value == 1 ? "little-endian" : value == 2 ? "big-endian" : null;
    }

    static String type(long value) {
        return switch ((int) value) {
            case 0 -> "ET_NONE";
            case 1 -> "ET_REL, an object file that still needs linking";
            case 2 -> "ET_EXEC";
            case 3 -> "ET_DYN, a shared object or position-independent executable";
            case 4 -> "ET_CORE";
            default -> null;
        };
    }

    static String machine(long value) {
        return switch ((int) value) {
            case 2 -> "SPARC";
            case 3 -> "i386";
            case 8 -> "MIPS";
            case 20 -> "PowerPC";
            case 40 -> "ARM";
            case 62 -> "x86-64";
            case 183 -> "AArch64";
            case 243 -> "RISC-V";
            default -> null;
        };
    }
}
