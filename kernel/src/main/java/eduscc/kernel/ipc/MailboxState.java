package eduscc.kernel.ipc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A core's mailbox as the debugger shows it at a pause: whose mails wait in its inbox for a task
 * to fetch them, oldest first; whose mails are still left in their MPB slots because the inbox
 * held one from that sender already; which tasks wait for mail, first to be woken first; and
 * what the core's own sending task waits for. Read with probes ({@link Mailbox#state()}): no
 * cycle is charged and nothing changes.
 *
 * @param mailFrom     the senders of the mails in the inbox, oldest first
 * @param leftInSlots  the senders whose next mail waits in its slot for room in the inbox
 * @param waiting      the tasks blocked in fetch, first to be woken first
 * @param sendWaitsFor what this core's sending task spins for, "" when it does not
 * @param used         whether the mailbox has sent or taken in a mail, or a task has waited at it:
 *                     a mailbox never used is not shown
 */
public record MailboxState(List<Integer> mailFrom, List<Integer> leftInSlots, List<String> waiting,
                           String sendWaitsFor, boolean used) {
    public MailboxState {
        mailFrom = List.copyOf(mailFrom);
        leftInSlots = List.copyOf(leftInSlots);
        waiting = List.copyOf(waiting);
    }

    /** The part after "mailbox: ", as the run-queue view and the headless report show it. */
    public String state() {
        StringBuilder text = new StringBuilder(mailFrom.isEmpty() ? "no mail to fetch"
            : "mail from " + cores(mailFrom) + " to fetch");
        if (!leftInSlots.isEmpty()) {
            text.append(", still in their slots: ").append(cores(leftInSlots));
        }
        text.append(waiting.isEmpty() ? ", nobody waiting" : ", waiting: " + String.join(", ", waiting));
        if (!sendWaitsFor.isEmpty()) {
            text.append(", sending waits for ").append(sendWaitsFor);
        }
        return text.toString();
    }

    /** "mailbox: mail from core 5 to fetch, waiting: server". */
    public String describe() {
        return "mailbox: " + state();
    }

    private static String cores(List<Integer> pids) {
        return pids.stream().map(p -> "core " + p).collect(Collectors.joining(", "));
    }
}
