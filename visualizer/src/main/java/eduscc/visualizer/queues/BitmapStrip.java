package eduscc.visualizer.queues;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A {@code prioBitmap} as one compact strip of 32 cells, bit 31 on the left as the bits are
 * written, a small gap after every four bits so that the hex can be read off, set bits filled,
 * and the bit BSR finds framed in black. One canvas per core instead of 32 controls, so a grid of
 * 48 cores stays cheap to lay out and to repaint; it repaints only when its bits change.
 */
final class BitmapStrip {
    static final Color LIT = Color.web("#2f6fb3");
    static final Color UNLIT = Color.WHITE;
    static final Color BORDER = Color.web("#808080");

    private final Canvas canvas = new Canvas();
    static final double MIN_CELL = 6;

    private double cell = -1;
    private int bitmap;
    private int bsr = -2;

    Canvas node() {
        return canvas;
    }

    /** The strip's width at a cell size: 32 cells and 7 gaps. */
    static double width(double cell) {
        return 32 * cell + 7 * gap(cell);
    }

    /** The widest cell (at least 6 pixels) that lets the strip fit in {@code width}. */
    static double cellToFit(double width) {
        double cell = Math.floor(width / (32 + 7 * 0.35));
        while (cell > MIN_CELL && width(cell) > width) {
            cell--;
        }
        return Math.max(MIN_CELL, cell);
    }

    /** Shows a bitmap with cells {@code newCell} pixels wide; does nothing if nothing changed. */
    void show(int newBitmap, int newBsr, double newCell) {
        if (newBitmap == bitmap && newBsr == bsr && newCell == cell) {
            return;
        }
        bitmap = newBitmap;
        bsr = newBsr;
        cell = newCell;
        canvas.setWidth(width(cell));
        canvas.setHeight(cell + 2);
        canvas.setAccessibleText(String.format("prioBitmap 0x%08X", bitmap));
        paint(canvas.getGraphicsContext2D());
    }

    private static double gap(double cell) {
        return Math.max(2, Math.round(cell * 0.35));
    }

    /** The left edge of bit {@code bit}'s cell. */
    double cellX(int bit) {
        int fromLeft = 31 - bit;
        return fromLeft * cell + (fromLeft / 4) * gap(cell);
    }

    private void paint(GraphicsContext g) {
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        for (int bit = 31; bit >= 0; bit--) {
            double x = cellX(bit);
            boolean lit = (bitmap >>> bit & 1) != 0;
            g.setFill(lit ? LIT : UNLIT);
            g.fillRect(x + 0.5, 1, cell - 1, cell);
            g.setStroke(BORDER);
            g.setLineWidth(1);
            g.strokeRect(x + 0.5, 1, cell - 1, cell);
        }
        if (bsr >= 0) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(Math.max(2, cell * 0.18));
            g.strokeRect(cellX(bsr) + 1, 1.5, cell - 2, cell - 1);
        }
    }
}
