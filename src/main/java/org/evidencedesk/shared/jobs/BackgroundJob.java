package org.evidencedesk.shared.jobs;

/**
 * A piece of work the server does on its own, on a schedule. A CDI bean implementing this joins the schedule by
 * being there: {@link JobScheduler} finds every one at start-up, records it in {@code background_job} and runs it
 * when due, on one node of the cluster at a time.
 *
 * <p>{@link #run()} is called on a managed thread of its own (see {@link JobTicks}) with no transaction. Do each unit of
 * work in a {@code @Transactional} method of its own: on that thread a persistence context is usable only inside a
 * transaction (outside one, Payara hands the job an entity manager that is already closed), and a unit that fails
 * then rolls back alone. A run that throws is recorded as failed, with its message; the next run comes all the same.
 */
public interface BackgroundJob {

    /**
     * The job's stable name, lower case with hyphens: the key of its row in {@code background_job}, and of its title
     * {@code job.<name>} in the messages.
     */
    String name();

    JobSchedule schedule();

    /** One run; an exception marks it failed. */
    void run() throws Exception;
}
