package eduscc.visualizer.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eduscc.kernel.bench.LatencySamples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The latency samples and the CSV of eduscc bench (sample,mode,cycles), without a window. */
class SwitchLatenciesTest {
    @TempDir
    Path dir;

    static final String BENCH_CSV = "sample,mode,cycles\n0,hardware,520\n1,hardware,518\n2,hardware,760\n"
        + "0,software,301\n1,software,299\n";

    @Test
    void readsTheCsvOfEdusccBench() throws Exception {
        Path csv = Files.writeString(dir.resolve("bench.csv"), BENCH_CSV);
        SwitchLatencies read = SwitchLatencies.readCsv(csv);
        assertArrayEquals(new long[] {520, 518, 760}, read.hardware().cycles());
        assertArrayEquals(new long[] {301, 299}, read.software().cycles());
    }

    @Test
    void aWrittenCsvReadsBackTheSameSamples() {
        SwitchLatencies samples = new SwitchLatencies(new LatencySamples("hardware", new long[] {600, 610, 605}),
            new LatencySamples("software", new long[] {350, 340}));
        Path csv = dir.resolve("round-trip.csv");
        samples.writeCsv(csv);
        SwitchLatencies back = SwitchLatencies.readCsv(csv);
        assertArrayEquals(samples.hardware().cycles(), back.hardware().cycles());
        assertArrayEquals(samples.software().cycles(), back.software().cycles());
    }

    @Test
    void theWrittenCsvIsTheFormatOfEdusccBench() throws Exception {
        Path csv = dir.resolve("again.csv");
        SwitchLatencies.readCsv(Files.writeString(dir.resolve("bench.csv"), BENCH_CSV)).writeCsv(csv);
        assertEquals(BENCH_CSV, Files.readString(csv));
    }

    @Test
    void aBadRowIsReportedWithItsFileAndLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "sample,mode,cycles\n0,hardware,520\n1,quantum,3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SwitchLatencies.readCsv(csv));
        assertTrue(e.getMessage().contains("bad.csv:3: mode must be hardware or software, was 'quantum'"), e.getMessage());
    }

    @Test
    void samplesOutOfOrderAreRejected() throws Exception {
        Path csv = Files.writeString(dir.resolve("gap.csv"), "sample,mode,cycles\n0,software,300\n2,software,310\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SwitchLatencies.readCsv(csv));
        assertTrue(e.getMessage().contains("gap.csv:3: expected software sample 1, found 2"), e.getMessage());
    }

    @Test
    void theSummaryIsWhatAPaperReports() {
        assertEquals("hardware: min 518, median 520, max 760 cycles (3 samples)",
            SwitchLatencies.summary(new LatencySamples("hardware", new long[] {520, 518, 760})));
    }
}
