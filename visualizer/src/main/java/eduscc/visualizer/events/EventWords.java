package eduscc.visualizer.events;

import eduscc.machine.cpu.Vector;
import eduscc.machine.trace.TraceEvent;
import eduscc.visualizer.descriptors.TssNames;

/**
 * A trace event in words, as the events table shows it: what happened in the terms of the SDM and
 * eduOS ("LTR 0028 (idle): TSS at 00112000"), not the record's field dump. The trace itself stays
 * typed (machine); the wording belongs to the debugger, so it lives here.
 */
public final class EventWords {
    private EventWords() {
    }

    /**
     * One line for {@code event}.
     *
     * @param tss names the TSS selectors of the core the event happened on
     */
    public static String describe(TraceEvent event, TssNames tss) {
        if (event instanceof TraceEvent.ResetReleased e) {
            return "sccReset released the core (tile " + e.tileX() + "," + e.tileY()
                + "): real mode, first fetch at FFFFFFF0";
        } else if (event instanceof TraceEvent.ResetAsserted) {
            return "the core was put back into reset";
        } else if (event instanceof TraceEvent.ModeSwitch e) {
            return e.from() + " mode -> " + e.to() + " mode (CR0 = " + hex32(e.cr0()) + ")";
        } else if (event instanceof TraceEvent.TableRegisterLoad e) {
            return tableLoad(e, tss);
        } else if (event instanceof TraceEvent.ControlRegisterWrite e) {
            return "MOV CR" + e.register() + ": " + hex32(e.oldValue()) + " -> " + hex32(e.newValue());
        } else if (event instanceof TraceEvent.SegmentLoad e) {
            return e.register().toUpperCase(java.util.Locale.ROOT) + " = " + hex16(e.selector()) + ": base "
                + hex32(e.base()) + ", limit " + hex32(e.limit()) + ", access " + String.format("%02X", e.access());
        } else if (event instanceof TraceEvent.FarJump e) {
            return "far jump to " + hex16(e.selector()) + ":" + hex32(e.offset()) + ", now " + farJumpMode(e.mode());
        } else if (event instanceof TraceEvent.InterruptRaised e) {
            return vector(e.vector()) + " pending: " + e.source();
        } else if (event instanceof TraceEvent.InterruptDelivered e) {
            return vector(e.vector()) + " delivered through " + article(e.gate()) + (e.gate().endsWith("gate") ? "" : " gate") + ", ring " + e.fromCpl()
                + (e.fromCpl() == e.toCpl() ? " stays" : " -> " + e.toCpl()) + ", return address " + hex32(e.returnEip())
                + (e.errorCode() >= 0 ? ", error code " + String.format("%X", e.errorCode()) : "");
        } else if (event instanceof TraceEvent.SystemCall e) {
            return e.task() + ": system call " + e.number() + " (" + e.name() + ") returned " + e.result();
        } else if (event instanceof TraceEvent.PageFault e) {
            return pageFault(e);
        } else if (event instanceof TraceEvent.PageFaultResolved e) {
            return pageFaultResolved(e);
        } else if (event instanceof TraceEvent.Ipi e) {
            return (e.fromCore() < 0 ? "the host" : "core " + e.fromCore()) + " raised LINT" + e.pin() + " of core "
                + e.toCore();
        } else if (event instanceof TraceEvent.InterruptReturn e) {
            return "IRET to ring " + e.toCpl() + " at " + hex32(e.eip());
        } else if (event instanceof TraceEvent.SchedulerDecision e) {
            return decision(e);
        } else if (event instanceof TraceEvent.ReadyQueueChange e) {
            return e.task() + (e.enqueued() ? " joined the tail of list " : " left list ") + e.priority()
                + ", prioBitmap " + hex32(e.prioBitmap());
        } else if (event instanceof TraceEvent.SpinlockChange e && e.lock().startsWith("LOCK ")) {
            return e.acquired() ? e.lock() + " taken: a read of the test-and-set register returned 1 and cleared it"
                : e.lock() + " released: a write set the test-and-set register back to 1";
        } else if (event instanceof TraceEvent.SpinlockChange e) {
            return e.acquired() ? e.lock() + " taken: PUSHF, CLI, XCHG found it free"
                : e.lock() + " released: the word cleared, IF as it was";
        } else if (event instanceof TraceEvent.TaskSwitch e) {
            return e.mechanism() + " task switch: TSS " + tss.named(hex16(e.fromSelector()), e.fromSelector()) + " -> "
                + tss.named(hex16(e.toSelector()), e.toSelector()) + ", " + e.cycles() + " cycles"
                + (e.mechanism().startsWith("hardware") ? "; CS, SS, DS, ES, FS, GS loaded from the new TSS" : "");
        } else if (event instanceof TraceEvent.JavaEntry e) {
            return "reached " + hex32(e.eip()) + ", bound to the kernel's " + e.code() + " (EAX " + hex32(e.eax())
                + ", EBX " + hex32(e.ebx()) + ")";
        } else if (event instanceof TraceEvent.Halt e) {
            return "HLT at " + hex32(e.eip()) + (e.interruptsEnabled() ? ": waits for an interrupt"
                : " with interrupts off: the core stops for good");
        } else if (event instanceof TraceEvent.TripleFault e) {
            return "triple fault, the core shuts down: " + e.reason();
        } else if (event instanceof TraceEvent.MachineCheck e) {
            return "machine check, the core shuts down: " + e.reason();
        } else if (event instanceof TraceEvent.Panic e) {
            return "kernel panic in " + e.task() + ": " + e.reason();
        } else if (event instanceof TraceEvent.Hang e) {
            return e.task() + " kept the core without a machine operation for too long (a loop in Java code?)";
        } else if (event instanceof TraceEvent.MeshPacket e) {
            return "mesh packet tile " + e.fromTile() + " -> tile " + e.toTile() + " (" + e.target() + "), " + e.hops()
                + (e.hops() == 1 ? " hop, " : " hops, ") + e.latencyCycles() + " cycles";
        } else if (event instanceof TraceEvent.ConsoleOutput e) {
            return "console: " + character(e.character());
        } else if (event instanceof TraceEvent.Note e) {
            return e.text();
        } else if (event instanceof TraceEvent.GuestEnter e) {
            return "guest " + e.guest() + " entered at 0x" + hex32(e.eip()) + " in ring " + e.cpl();
        } else if (event instanceof TraceEvent.GuestExit e) {
            return "guest " + e.guest() + " exit: " + e.reason() + " at 0x" + hex32(e.eip()) + ", " + e.cycles() + " cycles in the guest";
        } else if (event instanceof TraceEvent.GuestInterrupt e) {
            return "guest " + e.guest() + " made to take vector " + e.vector() + (e.vector() >= 32 ? " (a virtual interrupt)" : " (a reflected trap)")
                + ", its handler at 0x" + hex32(e.handler());
        } else if (event instanceof TraceEvent.MessageSent e) {
            return "sent " + e.bytes() + " bytes to core " + e.toCore() + " over the MPBs (checksum 0x" + hex32(e.checksum()) + ")";
        } else if (event instanceof TraceEvent.MessageReceived e) {
            return "received " + e.bytes() + " bytes from core " + e.fromCore() + " (checksum 0x" + hex32(e.checksum()) + ")";
        } else if (event instanceof TraceEvent.BarrierPassed e) {
            return "left barrier " + e.round() + " of " + e.members() + " cores";
        } else if (event instanceof TraceEvent.MailPosted e) {
            return "mail " + e.tag() + " (" + e.bytes() + " bytes) written into this core's slot in core " + e.toCore()
                + "'s MPB; core " + e.toCore() + " interrupted through the GIC";
        } else if (event instanceof TraceEvent.SwitchSample e) {
            return e.task() + " found the other task's new TSC reading: switch " + e.sample() + " took " + e.cycles()
                + " cycles, reading to reading";
        } else if (event instanceof TraceEvent.MailDelivered e) {
            return "LINT0 handler: IRQ_STATUS names core " + e.fromCore() + "; its mail " + e.tag() + " (" + e.bytes()
                + " bytes) taken out of its slot" + (e.woken().isEmpty() ? ", no task waiting" : ", " + e.woken() + " woken");
        }
        return event.toString(); // a kind added to the trace later and not worded yet
    }

    /** The kind as words: "TableRegisterLoad" reads "table register load". */
    public static String kindWords(TraceEvent event) {
        return event.kind().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String tableLoad(TraceEvent.TableRegisterLoad e, TssNames tss) {
        String where = "base " + hex32(e.base()) + ", limit " + String.format("%04X", e.limit());
        switch (e.register()) {
            case "GDTR":
                return "LGDT: " + where + " (" + (e.limit() + 1) / 8 + " descriptors)";
            case "IDTR":
                return "LIDT: " + where + " (" + (e.limit() + 1) / 8 + " gates)";
            case "TR":
                return "LTR " + tss.named(hex16(e.selector()), e.selector()) + ": TSS at " + hex32(e.base())
                    + ", limit " + String.format("%04X", e.limit());
            default:
                return "L" + e.register().replace("R", "") + "T " + hex16(e.selector()) + ": " + where;
        }
    }

    private static String decision(TraceEvent.SchedulerDecision e) {
        String found = e.prioBitmap() == 0 ? "nothing ready"
            : "BSR " + (31 - Integer.numberOfLeadingZeros(e.prioBitmap()));
        String outcome = e.from().equals(e.to()) ? e.from() + " keeps the core" : e.from() + " -> " + e.to();
        return "read prioBitmap " + hex32(e.prioBitmap()) + ", " + found + ": " + outcome + " (" + e.reason() + ")";
    }

    private static String pageFault(TraceEvent.PageFault e) {
        int code = e.errorCode();
        return "#PF at " + hex32(e.linearAddress()) + ": " + ((code & 1) != 0 ? "protection violation" : "page not present")
            + " on a " + ((code & 2) != 0 ? "write" : "read") + " from " + ((code & 4) != 0 ? "user" : "supervisor")
            + " mode";
    }

    private static String pageFaultResolved(TraceEvent.PageFaultResolved e) {
        switch (e.outcome()) {
            case "zero-filled":
                return e.task() + ": page " + hex32(e.linearAddress() & 0xFFFFF000) + " zero-filled with frame "
                    + hex32(e.frame());
            case "killed":
                return e.task() + " killed by its page fault at " + hex32(e.linearAddress());
            default:
                return "page fault at " + hex32(e.linearAddress()) + " in the kernel (" + e.task() + "): " + e.outcome();
        }
    }

    private static String farJumpMode(String mode) {
        switch (mode) {
            case "protected32":
                return "32-bit protected-mode code";
            case "protected16":
                return "16-bit protected-mode code";
            default:
                return mode + " mode";
        }
    }

    /** "vector 13 (#GP)" for an exception, "vector 123" otherwise. */
    private static String vector(int v) {
        String name = Vector.name(v);
        return "vector " + v + (name.equals(Integer.toString(v)) || name.startsWith("vector") ? "" : " (" + name + ")");
    }

    private static String article(String gate) {
        return gate.matches("(?i)^[aeiou].*") ? "an " + gate : "a " + gate;
    }

    private static String character(int c) {
        if (c == '\n') {
            return "newline";
        }
        return c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("byte %02X", c);
    }

    private static String hex32(int value) {
        return String.format("%08X", value);
    }

    private static String hex16(int value) {
        return String.format("%04X", value & 0xFFFF);
    }
}
