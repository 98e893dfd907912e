package eduscc.labs.run;

import eduscc.kernel.Kernel;
import eduscc.kernel.bench.LatencySamples;
import eduscc.kernel.bench.SwitchSampler;
import eduscc.labs.scenario.Step;
import eduscc.machine.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One core's {@code switchSamples} steps: the context-switch benchmark's loop
 * ({@link SwitchSampler}) shared by the core's two sampling tasks, so that a lab shows the
 * MetalSVM paper's measurement as it happens. The first task to reach its step stores at the
 * loop's first word, the second at the other; every sample is a {@link TraceEvent.SwitchSample},
 * which the debugger's latency plot draws as the run goes on. The first task to leave the loop
 * writes the samples' minimum, median and maximum to the core's console.
 */
final class SwitchSampling {
    private final Kernel kernel;
    private final List<String> tasks = new ArrayList<>();
    private SwitchSampler sampler;
    private boolean reported;

    SwitchSampling(Kernel kernel) {
        this.kernel = kernel;
    }

    /** The running task's loop, until the core has {@code step}'s count of samples. */
    void run(Step.SwitchSamples step) {
        if (sampler == null) {
            sampler = new SwitchSampler(kernel.core(), step.count(), this::traced);
        }
        String task = kernel.scheduler().current().name();
        if (!tasks.contains(task)) {
            tasks.add(task);
        }
        sampler.loop(tasks.indexOf(task));
        if (!reported) {
            reported = true;
            report(task, sampler.result(task, 0).samples());
        }
    }

    private void traced(int me, int sample, long cycles) {
        kernel.core().trace(new TraceEvent.SwitchSample(tasks.get(me), sample, cycles));
    }

    private void report(String task, LatencySamples samples) {
        String line = String.format("%s: %d switches sampled: min %d, median %d, max %d cycles\n", task,
            samples.count(), samples.min(), samples.median(), samples.max());
        for (byte b : line.getBytes(StandardCharsets.US_ASCII)) {
            kernel.printByte(b);
        }
    }
}
