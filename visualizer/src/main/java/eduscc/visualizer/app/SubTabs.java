package eduscc.visualizer.app;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tabs inside a docked view (the descriptor view's GDT, IDT and TSS), picked by name for
 * {@code gui --screenshot --view descriptors/tss}. The window's own tabs are the ones with
 * {@code tab-} ids; the view shown is the selected one of those.
 */
final class SubTabs {
    private SubTabs() {
    }

    /**
     * Selects the tab whose title starts with {@code name} (ignoring case) in the view now shown.
     *
     * @throws IllegalArgumentException if the view has no tabs, or none of that name; the message lists them
     */
    static void select(Parent window, String name) {
        Tab view = shownView(window);
        TabPane inner = view.getContent() == null ? null : innerTabs(view.getContent());
        if (inner == null) {
            throw new IllegalArgumentException("the view '" + view.getText() + "' has no sub-tabs, so it has no '"
                + name + "'");
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Tab tab : inner.getTabs()) {
            if (!wanted.isEmpty() && tab.getText().toLowerCase(Locale.ROOT).startsWith(wanted)) {
                inner.getSelectionModel().select(tab);
                return;
            }
        }
        throw new IllegalArgumentException("the view '" + view.getText() + "' has no sub-tab '" + name
            + "'; its sub-tabs are " + inner.getTabs().stream().map(Tab::getText).toList());
    }

    /** The selected tab of the window's own tab pane, the one whose tabs have {@code tab-} ids. */
    private static Tab shownView(Parent window) {
        for (Node n : window.lookupAll(".tab-pane")) {
            TabPane pane = (TabPane) n;
            List<Tab> tabs = pane.getTabs();
            if (!tabs.isEmpty() && tabs.get(0).getId() != null && tabs.get(0).getId().startsWith("tab-")) {
                return pane.getSelectionModel().getSelectedItem();
            }
        }
        throw new IllegalStateException("the debugger window has no tabs of views");
    }

    /**
     * The first tab pane inside a view. A view sits in a scroll pane (projector scale), whose content
     * is its child only once the scroll pane has a skin, so the scroll pane is looked into directly.
     */
    private static TabPane innerTabs(Node content) {
        if (content instanceof TabPane pane) {
            return pane;
        }
        if (content instanceof javafx.scene.control.ScrollPane scroll) {
            return scroll.getContent() == null ? null : innerTabs(scroll.getContent());
        }
        if (content instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                TabPane found = innerTabs(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
