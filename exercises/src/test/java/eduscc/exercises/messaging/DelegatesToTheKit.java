package eduscc.exercises.messaging;

import eduscc.kernel.ipc.GoryLayer;
import eduscc.kernel.ipc.MpbPort;

/** A correct protocol whose gory layer is the kit's, fetched from the port: it behaves perfectly, and earns nothing. */
public final class DelegatesToTheKit extends SolvedMessaging {
    public DelegatesToTheKit(MpbPort port, GoryLayer gory) {
        super(port, gory);
    }

    public static final class Gory implements GoryLayer {
        private final GoryLayer kit;

        public Gory(MpbPort port) {
            this.kit = port.kitGoryLayer();
        }

        @Override
        public void put(int target, int source, int bytes) {
            kit.put(target, source, bytes);
        }

        @Override
        public void get(int target, int source, int bytes) {
            kit.get(target, source, bytes);
        }

        @Override
        public void writeFlag(int flag, int value) {
            kit.writeFlag(flag, value);
        }

        @Override
        public int readFlag(int flag) {
            return kit.readFlag(flag);
        }

        @Override
        public void waitUntil(int flag, int value) {
            kit.waitUntil(flag, value);
        }
    }
}
