package io.dtaolab.app.cli;

import picocli.CommandLine.Command;

@Command(name = "dtao-lab", mixinStandardHelpOptions = true, version = "dTAO Stress Lab 0.1.0",
        description = "Adversarial simulation lab for Bittensor Dynamic TAO emission allocation.",
        subcommands = {ServeCommand.class, RunCommand.class, CompareCommand.class, ValidateCommand.class, StrategiesCommand.class,
                VectorsCommand.class, SweepCommand.class, WorkerCommand.class, SearchCommand.class,
                ShrinkCommand.class, BatteryCommand.class, DetectEvalCommand.class,
                StabilityCommand.class, CalibrateCommand.class})
public final class LabCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
