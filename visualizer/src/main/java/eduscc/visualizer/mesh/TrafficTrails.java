package eduscc.visualizer.mesh;

import eduscc.visualizer.mesh.MeshLayout.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links the packets of one snapshot's window used, each with how many packets of a kind
 * crossed it, so that the mesh keeps showing where the traffic went once the dots have faded
 * (and in a still picture): a link that forty-eight cores' packets share to the system interface
 * is drawn heavier than one a single packet crossed. Free of JavaFX; the legs are the ones
 * {@link PacketAnimation#path} gives, so the trails lie on the X-then-Y routes and never cross a
 * core box.
 */
final class TrafficTrails {
    /** One leg of some packets' paths, in either direction, and how many packets crossed it. */
    record Leg(Point a, Point b, PacketTrail.Kind kind, int packets) { }

    private TrafficTrails() {
    }

    /**
     * Every leg the packets crossed, once per kind: the mesh packets' legs in the order the packets
     * first crossed them, then the interrupts'.
     */
    static List<Leg> of(MeshLayout layout, List<PacketTrail> packets) {
        Map<List<Object>, int[]> counts = new LinkedHashMap<>();
        Map<List<Object>, Leg> first = new LinkedHashMap<>();
        for (PacketTrail p : packets) {
            List<Point> path = PacketAnimation.path(layout, p);
            for (int i = 0; i + 1 < path.size(); i++) {
                Point a = path.get(i);
                Point b = path.get(i + 1);
                if (a.equals(b)) {
                    continue;
                }
                // One key for both directions: a request and its answer share the link.
                boolean ordered = a.x() < b.x() || a.x() == b.x() && a.y() <= b.y();
                Point lo = ordered ? a : b;
                Point hi = ordered ? b : a;
                List<Object> key = List.of(lo, hi, p.kind());
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                first.putIfAbsent(key, new Leg(lo, hi, p.kind(), 0));
            }
        }
        List<Leg> legs = new ArrayList<>(first.size());
        first.forEach((key, leg) -> legs.add(new Leg(leg.a(), leg.b(), leg.kind(), counts.get(key)[0])));
        // Interrupts last, so that the few IPI trails are drawn on top of the many mesh packets'.
        legs.sort((x, y) -> Boolean.compare(x.kind() == PacketTrail.Kind.IPI, y.kind() == PacketTrail.Kind.IPI));
        return legs;
    }
}
