package eduscc.exercises.messaging;

import eduscc.kernel.ipc.GoryLayer;
import eduscc.kernel.ipc.MpbPort;

/**
 * One mistake per check, each in a {@link SolvedMessaging} otherwise right: the grader must take
 * exactly that check's points, and no other ({@link PlantedBugsTest}). {@link #BY_CHECK} lists
 * them in the order of the checks.
 */
final class PlantedBugs {
    /** Index i: the fixture that must lose check i alone. */
    static final Class<?>[] BY_CHECK = {ForgetsCl1invmbInTheSpin.class, GetsWithoutCl1invmb.class,
        ForgetsTheFoolingStore.class, CopiesWholeDoublewords.class, SkipsZeroByteMessages.class, NoChunking.class,
        KeepsTheOffsetInAField.class, AssumesTwoCores.class, ReturnsBeforeTheLastReady.class, PeeksBeforeTheFlag.class};

    private PlantedBugs() {
    }

    /** CL1INVMB once before the loop, not before every look: the first stale copy of the line is seen for ever. */
    public static final class ForgetsCl1invmbInTheSpin extends SolvedMessaging {
        public ForgetsCl1invmbInTheSpin(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        public static final class Gory extends SolvedMessaging.Gory {
            public Gory(MpbPort port) {
                super(port);
            }

            @Override
            public void waitUntil(int flag, int value) {
                port.cl1invmb();
                while (port.readMpb(flag) != value) {
                    // looks at the L1's copy
                }
            }
        }
    }

    /** "The wait already did CL1INVMB": true in send and recv, but get promises fresh bytes to anyone. */
    public static final class GetsWithoutCl1invmb extends SolvedMessaging {
        public GetsWithoutCl1invmb(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        public static final class Gory extends SolvedMessaging.Gory {
            public Gory(MpbPort port) {
                super(port);
            }

            @Override
            void invalidate() {
            }
        }
    }

    /** No store into the fooling line: the last line of each put and each flag waits in the write-combine buffer. */
    public static final class ForgetsTheFoolingStore extends SolvedMessaging {
        public ForgetsTheFoolingStore(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        public static final class Gory extends SolvedMessaging.Gory {
            public Gory(MpbPort port) {
                super(port);
            }

            @Override
            void fool() {
            }
        }
    }

    /** get writes the last 1..3 bytes as a whole doubleword: up to 3 bytes past the buffer are overwritten. */
    public static final class CopiesWholeDoublewords extends SolvedMessaging {
        public CopiesWholeDoublewords(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        public static final class Gory extends SolvedMessaging.Gory {
            public Gory(MpbPort port) {
                super(port);
            }

            @Override
            void copyTail(int target, int source, int at, int bytes) {
                if (at < bytes) {
                    port.writePrivate(target + at, port.readMpb(source + at));
                }
            }
        }
    }

    /** "Nothing to send": returns at once for 0 bytes, on both sides, so nobody waits for anybody. */
    public static final class SkipsZeroByteMessages extends SolvedMessaging {
        public SkipsZeroByteMessages(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        @Override
        public void send(int buffer, int size, int dest) {
            if (size > 0) {
                super.send(buffer, size, dest);
            }
        }

        @Override
        public void recv(int buffer, int size, int source) {
            if (size > 0) {
                super.recv(buffer, size, source);
            }
        }
    }

    /** The whole message in one go: past the payload's end it runs into the next core's share. */
    public static final class NoChunking extends SolvedMessaging {
        public NoChunking(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        @Override
        int chunkLength(int size, int done) {
            return size - done;
        }
    }

    /** Keeps the place in the buffer in a field, and never sets it back: the second message starts where the first ended. */
    public static final class KeepsTheOffsetInAField extends SolvedMessaging {
        private int received;

        public KeepsTheOffsetInAField(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        @Override
        int start() {
            return received;
        }

        @Override
        int advance(int done, int length) {
            received = done + length;
            return received;
        }
    }

    /** Written for ping-pong: the partner is "the other core", rank 1 - me. */
    public static final class AssumesTwoCores extends SolvedMessaging {
        public AssumesTwoCores(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        @Override
        int partner(int pid) {
            return 1 - port.ue();
        }
    }

    /** "The receiver has the data now": the last chunk's ready is neither waited for nor cleared. */
    public static final class ReturnsBeforeTheLastReady extends SolvedMessaging {
        public ReturnsBeforeTheLastReady(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        @Override
        void awaitReady(int to, boolean last) {
            if (!last) {
                super.awaitReady(to, last);
            }
        }
    }

    /** Copies the chunk once while it waits ("it is probably there already"), then again after the flag. */
    public static final class PeeksBeforeTheFlag extends SolvedMessaging {
        public PeeksBeforeTheFlag(MpbPort port, GoryLayer gory) {
            super(port, gory);
        }

        @Override
        void beforeTheFlag(int target, int payload, int length) {
            gory.get(target, payload, length);
        }
    }

}
