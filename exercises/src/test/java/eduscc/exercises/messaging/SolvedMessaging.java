package eduscc.exercises.messaging;

import eduscc.kernel.ipc.CommBuffer;
import eduscc.kernel.ipc.GoryLayer;
import eduscc.kernel.ipc.MessagePassing;
import eduscc.kernel.ipc.MpbPort;

/**
 * A student's correct answer, written differently from the kit's (a while loop with the zero-byte
 * case spelled out, the gory layer from the port's doublewords), with one method per step so that
 * {@link PlantedBugs} can break one step at a time.
 */
public class SolvedMessaging implements MessagePassing {
    final MpbPort port;
    final GoryLayer gory;

    public SolvedMessaging(MpbPort port, GoryLayer gory) {
        this.port = port;
        this.gory = gory;
    }

    @Override
    public void send(int buffer, int size, int dest) {
        int to = partner(dest);
        int done = 0;
        boolean first = true;
        while (first || done < size) {
            first = false;
            int length = chunkLength(size, done);
            gory.put(port.ownShare() + port.layout().payload(), buffer + done, length);
            gory.writeFlag(port.share(to) + port.layout().sent(port.ue()), CommBuffer.SET);
            done += length;
            awaitReady(to, done >= size);
        }
    }

    void awaitReady(int to, boolean last) {
        int ready = port.ownShare() + port.layout().ready(to);
        gory.waitUntil(ready, CommBuffer.SET);
        gory.writeFlag(ready, CommBuffer.UNSET);
    }

    int partner(int pid) {
        return port.rank(pid);
    }

    int chunkLength(int size, int done) {
        return Math.min(port.layout().chunk(), size - done);
    }

    @Override
    public void recv(int buffer, int size, int source) {
        int from = partner(source);
        int done = start();
        boolean first = true;
        while (first || done < size) {
            first = false;
            int length = chunkLength(size, done);
            int sent = port.ownShare() + port.layout().sent(from);
            int payload = port.share(from) + port.layout().payload();
            beforeTheFlag(buffer + done, payload, length);
            gory.waitUntil(sent, CommBuffer.SET);
            gory.writeFlag(sent, CommBuffer.UNSET);
            gory.get(buffer + done, payload, length);
            gory.writeFlag(port.share(from) + port.layout().ready(port.ue()), CommBuffer.SET);
            done = advance(done, length);
        }
    }

    /** Where a receive starts in its buffer. */
    int start() {
        return 0;
    }

    int advance(int done, int length) {
        return done + length;
    }

    /** Nothing happens before the sent flag is seen. */
    void beforeTheFlag(int target, int payload, int length) {
    }

    /** The gory layer. */
    public static class Gory implements GoryLayer {
        final MpbPort port;

        public Gory(MpbPort port) {
            this.port = port;
        }

        @Override
        public void put(int target, int source, int bytes) {
            port.cl1invmb();
            int at = 0;
            for (; at + 4 <= bytes; at += 4) {
                port.writeMpb(target + at, port.readPrivate(source + at));
            }
            if (at < bytes) {
                int tail = 0;
                for (int b = 0; at + b < bytes; b++) {
                    tail |= port.readPrivateByte(source + at + b) << (8 * b);
                }
                port.writeMpb(target + at, tail);
                at += 4;
            }
            for (; at % CommBuffer.LINE != 0; at += 4) {
                port.writeMpb(target + at, 0);
            }
            fool();
        }

        void fool() {
            port.writeMpb(port.ownShare() + CommBuffer.FOOL_LINE, 1);
        }

        @Override
        public void get(int target, int source, int bytes) {
            invalidate();
            int at = 0;
            for (; at + 4 <= bytes; at += 4) {
                port.writePrivate(target + at, port.readMpb(source + at));
            }
            copyTail(target, source, at, bytes);
        }

        void invalidate() {
            port.cl1invmb();
        }

        void copyTail(int target, int source, int at, int bytes) {
            if (at < bytes) {
                int word = port.readMpb(source + at);
                for (int b = 0; at + b < bytes; b++) {
                    port.writePrivateByte(target + at + b, (word >>> (8 * b)) & 0xFF);
                }
            }
        }

        @Override
        public void writeFlag(int flag, int value) {
            port.cl1invmb();
            port.writeMpb(flag, value);
            for (int i = 4; i < CommBuffer.LINE; i += 4) {
                port.writeMpb(flag + i, 0);
            }
            fool();
        }

        @Override
        public int readFlag(int flag) {
            port.cl1invmb();
            return port.readMpb(flag);
        }

        @Override
        public void waitUntil(int flag, int value) {
            while (readFlag(flag) != value) {
                // each look is a CL1INVMB and a fresh read
            }
        }
    }
}
