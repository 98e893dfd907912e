package eduscc.kernel.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Labs name page-fault resolvers, never classes: the kit's is always "kit", others are registered first. */
class PageFaultPluginsTest {

    @Test
    void theKitsResolverIsAlwaysThereAndCannotBeReplaced() {
        assertSame(PageFaultResolverFactory.KIT, PageFaultPlugins.get("kit"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> PageFaultPlugins.register("kit", KitPageFaultResolver::new));
        assertEquals("'kit' is the kit's own page-fault resolver and cannot be replaced", e.getMessage());
    }

    @Test
    void anUnknownNameListsTheRegisteredOnesSorted() {
        PageFaultPlugins.register("zz-test", KitPageFaultResolver::new);
        PageFaultPlugins.register("aa-test", KitPageFaultResolver::new);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageFaultPlugins.get("nope"));
        assertEquals("no page-fault plug-in named 'nope'; known: aa-test, kit, zz-test", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PageFaultPlugins.register("Has Space", KitPageFaultResolver::new));
    }
}
