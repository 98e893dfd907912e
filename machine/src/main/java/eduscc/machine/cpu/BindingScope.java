package eduscc.machine.cpu;

/**
 * The Java bindings of one scope on one core: those that apply only while IDTR.base is
 * {@link #idtBase()} (see {@link BindingScopes} for why IDTR, and for the rule). A guest kernel
 * binds through {@code core.bindings(guestIdtBase)} what the host kernel binds through
 * {@link Core#bind}, at the same addresses; each kernel's Java code runs only in its own world.
 */
public final class BindingScope {
    private final BindingScopes scopes;
    private final int idtBase;

    BindingScope(BindingScopes scopes, int idtBase) {
        this.scopes = scopes;
        this.idtBase = idtBase;
    }

    /** The IDT base this scope belongs to. */
    public int idtBase() {
        return idtBase;
    }

    /** Binds Java code where a context begins (a kernel entry, a task's entry); see {@link Core.Binding}. */
    public void bind(int address, String name, JavaCode code) {
        scopes.scopeToBindInto(idtBase).put(address, new Core.Binding(address, name, code));
    }

    /** Binds a routine: Java code that x86 code CALLs and that returns with RET. */
    public void bindRoutine(int address, String name, JavaCode code) {
        scopes.scopeToBindInto(idtBase).put(address, new Core.Binding(address, name, code, true));
    }

    /** This scope's binding at {@code address}, whatever IDTR holds now; null if it binds none there. */
    public Core.Binding bindingAt(int address) {
        BindingTable table = scopes.scope(idtBase);
        return table == null ? null : table.get(address);
    }
}
