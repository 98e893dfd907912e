package eduscc.labs.boot;

import java.util.Map;

/**
 * What one core did on its way from reset, as {@code eduscc boot --json} prints it. Register
 * values are unsigned numbers; cycle stamps count core clocks since the core's reset was released.
 */
public record CoreBootReport(
    int pid,
    Tile tile,
    String mode,
    String state,
    long cr0,
    long eip,
    long eflags,
    long eax,
    long ebx,
    long ecx,
    long edx,
    long esi,
    long edi,
    long esp,
    long ebp,
    Table gdtr,
    Segment cs,
    Segment ds,
    Segment ss,
    long cycles,
    boolean reachedKernel,
    boolean halted,
    boolean tripleFault,
    String reason,
    Map<String, Long> stages,
    String console) {

    public record Tile(int x, int y) { }

    public record Table(long base, long limit) { }

    public record Segment(int selector, long base, long limit) { }
}
