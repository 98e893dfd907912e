package eduscc.machine.boot;

/**
 * Bytes that must appear at a physical address of one core's memory before it leaves reset, like
 * one object file named on a line of sccMerge's .mt file.
 */
public record ImageSegment(String name, int physicalAddress, byte[] bytes) {
    public ImageSegment {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }
}
