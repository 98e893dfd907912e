package eduscc.machine.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Waiting for the baton when the waiting thread is interrupted: the baton is never lost. */
class ExecutionContextTest {
    private final ExecutionContext context = new ExecutionContext("test", 0);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aBatonThatCameBeforeTheHangWatchsInterruptIsTakenNotLeftBehind() {
        context.giveTurn();
        Thread.currentThread().interrupt();
        assertTrue(context.waitTurnOrInterrupt(), "the context came back: no hang, and the baton is taken");
        context.giveTurn();
        assertTrue(context.waitTurn(0), "exactly one baton was there, and it was taken once");
        assertFalse(context.waitTurn(0), "none left over");
    }

    @Test
    void anInterruptDoesNotCutATimedWaitShortAndIsKeptForTheCaller() {
        context.giveTurn();
        Thread.currentThread().interrupt();
        assertTrue(context.waitTurn(60_000), "the baton that is there is taken, not mistaken for a timeout");
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is still there for the caller");
    }
}
