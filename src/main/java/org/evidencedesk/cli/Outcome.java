package org.evidencedesk.cli;

/** How a file's submission ended, said in a few words: for the progress line and the summary table. */
final class Outcome {

    private Outcome() {
    }

    static String state(SubmittedFile file, Texts texts) {
        return texts.say("cli.submit.state." + switch (file.state()) {
            case REGISTERED -> "registered";
            case ALREADY_REGISTERED -> "alreadyRegistered";
            case FAILED -> "failed";
        });
    }

    static String line(SubmittedFile file, Texts texts) {
        if (file.state() == SubmittedFile.State.FAILED) {
            return state(file, texts) + ": " + file.message();
        }
        String receipt = file.receiptVerified() ? texts.say("cli.submit.receiptVerified") : texts.say("cli.submit.receiptNotVerified", file.message());
        return state(file, texts) + " " + file.exhibit() + ", " + receipt;
    }
}
