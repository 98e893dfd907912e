package eduscc.visualizer.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConsoleViewModelTest {
    @Test
    void moreOutputIsAppendedNotRedrawn() {
        ConsoleViewModel.Update u = ConsoleViewModel.Update.from("hello\nwor", "hello\nworld\n");
        assertTrue(u.append());
        assertEquals("ld\n", u.text());
    }

    @Test
    void shorterOutputAfterAStepBackReplacesTheText() {
        ConsoleViewModel.Update u = ConsoleViewModel.Update.from("hello\nworld\n", "hello\n");
        assertEquals(new ConsoleViewModel.Update(false, "hello\n"), u);
    }

    @Test
    void theSameTextIsNothingToDo() {
        assertTrue(ConsoleViewModel.Update.from("abc", "abc").nothing());
    }
}
