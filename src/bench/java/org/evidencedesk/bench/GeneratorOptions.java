package org.evidencedesk.bench;

/** The command line of {@link CaseGenerator}. */
record GeneratorOptions(int cases, double courtShare, boolean append, long seed, int batchSize) {

    static final String USAGE = "Usage: CaseGenerator --cases N [--court-share 0.4] [--append] [--seed N] [--batch 1000]";

    static GeneratorOptions parse(String[] args) {
        int cases = -1;
        double courtShare = 0.4;
        boolean append = false;
        long seed = 2026;
        int batchSize = 1000;
        for (int index = 0; index < args.length; index++) {
            switch (args[index]) {
                case "--cases" -> cases = positive(value(args, ++index), "--cases");
                case "--court-share" -> courtShare = share(value(args, ++index));
                case "--append" -> append = true;
                case "--seed" -> seed = seed(value(args, ++index));
                case "--batch" -> batchSize = positive(value(args, ++index), "--batch");
                default -> throw new IllegalArgumentException("Unknown argument " + args[index] + ". " + USAGE);
            }
        }
        if (cases < 0) {
            throw new IllegalArgumentException(USAGE);
        }
        return new GeneratorOptions(cases, courtShare, append, seed, batchSize);
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value. " + USAGE);
        }
        return args[index];
    }

    private static int positive(String raw, String name) {
        try {
            int value = Integer.parseInt(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(name + " needs a positive whole number, not '" + raw + "'.");
    }

    private static long seed(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed needs a whole number, not '" + raw + "'.", e);
        }
    }

    private static double share(String raw) {
        try {
            double value = Double.parseDouble(raw);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--court-share needs a number from 0 to 1, not '" + raw + "'.");
    }
}
