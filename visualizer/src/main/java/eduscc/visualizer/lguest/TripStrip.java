package eduscc.visualizer.lguest;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The kept trips of one core as a strip in trace order, oldest left: each trip is a slot, the
 * grey band between bars is the host, and the bar is the time away in the guest, coloured by the
 * ring the guest resumed in, its height the trip's cost in cycles (the dearest kept trip is full
 * height), the letter on it the exit's kind (G general protection, H hypercall, P page fault,
 * I a host interrupt). Trace order rather than a time axis: a guest trip of 450 cycles beside a
 * host tick of millions would be a hairline. The pointer's tooltip names the trip under it.
 */
final class TripStrip {
    static final Color HOST = Color.web("#BBBBBB");
    static final Color SWITCHER = Color.web("#E69F00");
    static final Color GUEST_KERNEL = Color.web("#0072B2");
    static final Color GUEST_USER = Color.web("#009E73");
    /** What the strip's marks mean, said under it. */
    static final String LEGEND = "a bar per trip into the guest, newest right, as high as its cycles, coloured as"
        + " the place it was in (above); G general protection, H hypercall, P page fault, I host interrupt";
    /** Slots drawn at least: a strip of 3 trips does not stretch each across a third of the panel. */
    private static final int MIN_SLOTS = 32;

    private final Canvas canvas = new Canvas(600, 60);
    private final Tooltip tip = new Tooltip();
    private List<GuestTrip> trips = List.of();
    private boolean underWayInSwitcher;
    private Font font = Font.getDefault();

    TripStrip() {
        canvas.setId("lguest-strip");
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> {
            GuestTrip t = at(e.getX());
            tip.setText(t == null ? "grey: the host; a bar: a trip into the guest, as high as its cost" : t.words());
        });
    }

    Canvas node() {
        return canvas;
    }

    /** Sizes the strip to {@code width} and to the text's size (five lines of it high). */
    void resize(double width, Font font) {
        this.font = font;
        canvas.setWidth(Math.max(100, width));
        canvas.setHeight(Math.ceil(font.getSize() * 5));
        draw();
    }

    /** @param inSwitcher the core is in the Switcher now: the last trip's bar is drawn in the Switcher's colour */
    void show(List<GuestTrip> trips, boolean inSwitcher) {
        this.trips = List.copyOf(trips);
        this.underWayInSwitcher = inSwitcher;
        draw();
    }

    private double slot() {
        return canvas.getWidth() / Math.max(MIN_SLOTS, trips.size());
    }

    /** The trips drawn (tests). */
    List<GuestTrip> trips() {
        return trips;
    }

    /** The trip whose slot covers {@code x}, or null. */
    GuestTrip at(double x) {
        int i = (int) (x / slot());
        return i >= 0 && i < trips.size() ? trips.get(i) : null;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        double band = h * 0.15;
        g.setFill(HOST);
        g.fillRect(0, h - band, w, band);
        long dearest = 1;
        for (GuestTrip t : trips) {
            dearest = Math.max(dearest, t.cycles());
        }
        double slot = slot();
        // The letter fits its slot: at a projector's scale a slot may be narrower than the text's size.
        g.setFont(Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, Math.min(font.getSize(), slot * 0.9)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int i = 0; i < trips.size(); i++) {
            GuestTrip t = trips.get(i);
            double x = i * slot + slot * 0.2;
            double bw = Math.max(1, slot * 0.6);
            double full = h - band - font.getSize() * 1.3;
            double bh = t.exited() ? Math.max(2, full * t.cycles() / dearest) : full;
            boolean switcherNow = !t.exited() && underWayInSwitcher;
            g.setFill(switcherNow ? SWITCHER : t.ring() == 3 ? GUEST_USER : GUEST_KERNEL);
            g.fillRect(x, h - band - bh, bw, bh);
            g.setFill(Color.BLACK);
            g.fillText(t.exited() ? letter(t.reason()) : "\u2026", x + bw / 2, h - band - bh);
        }
    }

    /** The exit kind's letter on a bar. */
    static String letter(String reason) {
        String kind = ExitKinds.of(reason);
        return switch (kind) {
            case "hypercall" -> "H";
            case "page fault" -> "P";
            case "general protection" -> "G";
            case "host interrupt" -> "I";
            default -> "?";
        };
    }
}
