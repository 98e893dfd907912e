package eduscc.machine.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import eduscc.machine.x86.Interpreter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Binding scopes: a host kernel and a guest kernel bind Java at the same addresses on one core,
 * and IDTR's base says whose binding applies. The host's IDT is the fixture's (0x2000), the
 * guest's is at 0x5000.
 */
class BindingScopesTest {
    private static final int GUEST_IDT = 0x5000;
    private static final int IRQ_HANDLER = 0x00104000;
    private static final int HOST_ONLY = 0x00105000;
    private static final int CALLER = 0x00100000;

    private final ProtectedModeFixture f = new ProtectedModeFixture();
    private final Operations ops = f.core.ops();
    private final List<String> log = new ArrayList<>();

    private JavaCode routine(String who) {
        return () -> {
            log.add(who);
            ops.ret();
        };
    }

    /** As x86 code CALLs a routine: the return address on the stack, EIP at the routine; then one step. */
    private void callAndStep(int target) {
        f.regs.setEsp(f.regs.esp() - 4);
        f.memory.write(f.regs.esp(), 4, CALLER);
        f.regs.eip = target;
        f.core.executeNext();
    }

    @Test
    void theSameAddressRunsTheHostsJavaUnderTheHostsIdtAndTheGuestsUnderTheGuests() {
        f.core.bindRoutine(IRQ_HANDLER, "irq_handler", routine("host irq_handler"));
        f.core.bindings(GUEST_IDT).bindRoutine(IRQ_HANDLER, "irq_handler", routine("guest irq_handler"));
        callAndStep(IRQ_HANDLER);
        f.regs.idtrBase = GUEST_IDT;
        callAndStep(IRQ_HANDLER);
        f.regs.idtrBase = ProtectedModeFixture.IDT;
        callAndStep(IRQ_HANDLER);
        assertEquals(List.of("host irq_handler", "guest irq_handler", "host irq_handler"), log);
        assertEquals(CALLER, f.regs.eip, "each routine returned to its caller");
    }

    /** Strict: under the guest's IDT an address only the host binds is plain x86 (here INC EAX). */
    @Test
    void underAScopeAnAddressItDoesNotBindIsX86EvenWhereTheHostBindsJava() {
        f.core.setInstructionSet(new Interpreter());
        f.core.bindRoutine(HOST_ONLY, "host only", routine("host only"));
        f.core.bindings(GUEST_IDT).bindRoutine(IRQ_HANDLER, "irq_handler", routine("guest irq_handler"));
        f.memory.write(HOST_ONLY, 1, 0x40);
        f.regs.idtrBase = GUEST_IDT;
        f.regs.set(Registers.EAX, 41);
        f.regs.eip = HOST_ONLY;
        f.core.executeNext();
        assertEquals(List.of(), log, "the host's Java did not run");
        assertEquals(42, f.regs.get(Registers.EAX));
        assertEquals(HOST_ONLY + 1, f.regs.eip);
        assertNull(f.core.bindingAt(HOST_ONLY), "nothing is bound there under the guest's IDT");
        assertEquals("host only", f.core.unscopedBindingAt(HOST_ONLY).name());
    }

    @Test
    void anIdtWithoutBindingsOfItsOwnSeesTheUnscopedBindings() {
        f.core.bindRoutine(IRQ_HANDLER, "irq_handler", routine("host irq_handler"));
        f.core.bindings(GUEST_IDT).bindRoutine(IRQ_HANDLER, "irq_handler", routine("guest irq_handler"));
        assertNull(f.core.bindings(0x7000).bindingAt(IRQ_HANDLER), "asking about a scope makes none");
        f.regs.idtrBase = 0x7000;
        callAndStep(IRQ_HANDLER);
        assertEquals(List.of("host irq_handler"), log);
        assertArrayEquals(new int[] {GUEST_IDT}, f.core.bindingScopes());
    }

    @Test
    void aScopeAppliesFromItsFirstBindingEvenUnderAnIdtLookedUpBefore() {
        BindingScopes scopes = new BindingScopes();
        BindingTable unscoped = scopes.unscoped();
        scopes.scopeToBindInto(0x1000).put(IRQ_HANDLER, new Core.Binding(IRQ_HANDLER, "a", () -> { }));
        assertSame(unscoped, scopes.inEffect(0x2000), "0x2000 has no scope yet (and the answer is remembered)");
        BindingTable second = scopes.scopeToBindInto(0x2000);
        second.put(IRQ_HANDLER, new Core.Binding(IRQ_HANDLER, "b", () -> { }));
        assertSame(second, scopes.inEffect(0x2000));
        assertEquals("a", scopes.inEffect(0x1000).get(IRQ_HANDLER).name());
        assertEquals("b", scopes.inEffect(0x2000).get(IRQ_HANDLER).name());
        assertSame(unscoped, scopes.inEffect(0x3000));
    }

    @Test
    void scopesAreListedInAscendingUnsignedOrderOfTheirIdtBase() {
        JavaCode nothing = () -> { };
        f.core.bindings(0xC0005000).bind(IRQ_HANDLER, "guest 2", nothing);
        f.core.bindings(0x00005000).bind(IRQ_HANDLER, "guest 1", nothing);
        f.core.bindings(0x80005000).bind(IRQ_HANDLER, "guest 3", nothing);
        assertArrayEquals(new int[] {0x00005000, 0x80005000, 0xC0005000}, f.core.bindingScopes());
        assertEquals("guest 3", f.core.bindings(0x80005000).bindingAt(IRQ_HANDLER).name());
    }
}
