package eduscc.exercises.messaging;

import eduscc.exercises.observing.ObservedCheck;
import eduscc.exercises.observing.Observer;
import eduscc.kernel.ipc.CommBuffer;
import eduscc.kernel.ipc.GoryLayer;
import java.util.List;

/**
 * The checks of the student's gory layer, one rule each, on two cores of one tile (0 and 1), with
 * nothing else of the student's in the run: the other core uses the kit's gory layer, and the
 * cores keep in step by time ({@code work}), never by a flag, so that no CL1INVMB of the kit's
 * hides a missing one of the student's.
 */
final class GoryChecks {
    private static final List<Integer> PAIR = List.of(0, 1);

    private GoryChecks() {
    }

    static List<ObservedCheck> all(Submission s) {
        return List.of(
            new ObservedCheck("waitUntil sees a flag another core sets after its first look (CL1INVMB before every look)", 10,
                o -> waitUntil(o, s)),
            new ObservedCheck("get copies what the MPB holds now, not a line an earlier look left in the L1", 5,
                o -> freshGet(o, s)),
            new ObservedCheck("put and writeFlag reach the MPB before they return (the fooling store)", 10,
                o -> reachesTheMpb(o, s)),
            new ObservedCheck("put and get copy exactly the bytes asked for; a flag line is its value and zeros", 5,
                o -> exactCopies(o, s)));
    }

    /** Core 0 waits for sent[1] in its own share; core 1 sets it 200,000 cycles later. */
    private static void waitUntil(Observer o, Submission s) {
        CheckMachine.Run run = CheckMachine.run(PAIR, s.overKitGory(), pid -> setup -> {
            CommBuffer layout = setup.port.layout();
            if (pid == 0) {
                GoryLayer gory = s.gory(setup.port);
                gory.waitUntil(setup.port.ownShare() + layout.sent(1), CommBuffer.SET);
                setup.times.add(setup.now());
            } else {
                setup.ops().work(200_000);
                setup.times.add(setup.now());
                setup.port.kitGoryLayer().writeFlag(setup.port.share(0) + layout.sent(1), CommBuffer.SET);
            }
        });
        CheckMachine.Setup waiter = run.core(0);
        CheckMachine.Setup setter = run.core(1);
        o.see("core 0's waitUntil(sent[1], SET), with core 1 setting that flag 200,000 cycles after the start",
            waiter.outcome());
        o.see("waitUntil returned after core 1 set the flag", waiter.finished && setter.finished
            && waiter.times.get(0) > setter.times.get(0));
    }

    /** Core 1 puts A into its payload; core 0 gets it; core 1 puts B over it; core 0 gets again. */
    private static void freshGet(Observer o, Submission s) {
        byte[] first = CheckMachine.pattern(1, 32);
        byte[] second = CheckMachine.pattern(2, 32);
        CheckMachine.Run run = CheckMachine.run(PAIR, s.overKitGory(), pid -> setup -> {
            int payload = setup.port.share(1) + setup.port.layout().payload();
            if (pid == 1) {
                GoryLayer kit = setup.port.kitGoryLayer();
                CheckMachine.fill(setup.ops(), setup.buffer(), first);
                kit.put(payload, setup.buffer(), 32);
                setup.ops().work(200_000);
                CheckMachine.fill(setup.ops(), setup.buffer(), second);
                kit.put(payload, setup.buffer(), 32);
            } else {
                GoryLayer gory = s.gory(setup.port);
                setup.ops().work(100_000);
                gory.get(setup.buffer(), payload, 32);
                setup.seen.add(CheckMachine.compare(setup.ops(), setup.buffer(), first));
                setup.ops().work(200_000);
                gory.get(setup.buffer(), payload, 32);
                setup.seen.add(CheckMachine.compare(setup.ops(), setup.buffer(), second));
            }
        });
        CheckMachine.Setup reader = run.core(0);
        o.see("core 0's two gets of core 1's payload", reader.outcome());
        o.see("the first get, of the 32 bytes core 1 put first", seen(reader, 0));
        o.see("the second get, after core 1 put 32 other bytes in the same place", seen(reader, 1));
    }

    /** Core 0 puts 40 bytes into its payload, later writes a flag into core 1's share; core 1 looks at both. */
    private static void reachesTheMpb(Observer o, Submission s) {
        byte[] message = CheckMachine.pattern(3, 40);
        CheckMachine.Run run = CheckMachine.run(PAIR, s.overKitGory(), pid -> setup -> {
            CommBuffer layout = setup.port.layout();
            int payload = setup.port.share(0) + layout.payload();
            if (pid == 0) {
                GoryLayer gory = s.gory(setup.port);
                CheckMachine.fill(setup.ops(), setup.buffer(), message);
                gory.put(payload, setup.buffer(), 40);
                setup.ops().work(200_000);
                gory.writeFlag(setup.port.share(1) + layout.sent(0), CommBuffer.SET);
            } else {
                GoryLayer kit = setup.port.kitGoryLayer();
                setup.ops().work(100_000);
                kit.get(setup.buffer(), payload, 40);
                setup.seen.add(CheckMachine.compare(setup.ops(), setup.buffer(), message));
                setup.ops().work(200_000);
                setup.seen.add("sent[0] = " + kit.readFlag(setup.port.ownShare() + layout.sent(0)));
            }
        });
        o.see("core 0's put and writeFlag", run.core(0).outcome());
        o.see("core 1 reads core 0's payload 100,000 cycles after core 0 put 40 bytes there", seen(run.core(1), 0));
        o.see("core 1 reads its sent[0] 100,000 cycles after core 0 wrote SET into it", seen(run.core(1), 1));
    }

    /** One core: puts of 1, 3 and 33 bytes, gets of them into buffers fenced by 0xEE, a flag of 7. */
    private static void exactCopies(Observer o, Submission s) {
        int[] sizes = {1, 3, 33};
        CheckMachine.Run run = CheckMachine.run(PAIR, s.overKitGory(), pid -> setup -> {
            if (pid != 0) {
                return;
            }
            GoryLayer gory = s.gory(setup.port);
            GoryLayer kit = setup.port.kitGoryLayer();
            CommBuffer layout = setup.port.layout();
            int at = setup.port.ownShare() + layout.payload();
            int fence = setup.buffer() + 4096;
            for (int size : sizes) {
                byte[] bytes = CheckMachine.pattern(size, size);
                CheckMachine.fill(setup.ops(), setup.buffer(), bytes);
                gory.put(at, setup.buffer(), size);
                kit.writeFlag(setup.port.ownShare() + layout.gather(), 0); // drains the write-combine buffer
                kit.get(fence, at, 64);
                setup.seen.add(bytesAt(setup, fence, 36));
                CheckMachine.fill(setup.ops(), fence, fenced(size + 3));
                gory.get(fence, at, size);
                setup.seen.add(bytesAt(setup, fence, size + 3));
                at += 64;
            }
            int flag = at - 64;
            gory.writeFlag(flag, 7);
            kit.writeFlag(setup.port.ownShare() + layout.gather(), 0);
            kit.get(fence, flag, 32);
            setup.seen.add(bytesAt(setup, fence, 32));
            setup.seen.add("readFlag: " + gory.readFlag(flag));
        });
        CheckMachine.Setup core = run.core(0);
        o.see("core 0's puts and gets", core.outcome());
        for (int i = 0; i < sizes.length; i++) {
            o.see("the MPB's first 36 bytes after put of " + sizes[i] + " byte(s)", seen(core, 2 * i));
            o.see("get of " + sizes[i] + " byte(s) into a buffer that held 0xEE, and the 3 bytes after it", seen(core, 2 * i + 1));
        }
        o.see("the line that held the 33 bytes after writeFlag(line, 7)", seen(core, 6));
        o.see("readFlag of it", seen(core, 7));
    }

    private static byte[] fenced(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 0xEE);
        return bytes;
    }

    private static String bytesAt(CheckMachine.Setup setup, int address, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(String.format(i == 0 ? "%02X" : " %02X", setup.ops().read8(address + i) & 0xFF));
        }
        return text.toString();
    }

    static String seen(CheckMachine.Setup setup, int index) {
        return index < setup.seen.size() ? setup.seen.get(index) : "never seen: " + setup.outcome();
    }
}
