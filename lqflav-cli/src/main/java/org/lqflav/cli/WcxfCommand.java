package org.lqflav.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lqflav.InputException;
import org.lqflav.Lqflav;
import org.lqflav.eft.WilsonCoefficients;
import org.lqflav.model.ModelFile;
import org.lqflav.model.ModelSpec;
import org.lqflav.param.ParameterSet;
import org.lqflav.wcxf.Wcxf;
import org.lqflav.wcxf.WcxfExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lqflav wcxf MODEL}: the model's new-physics WET coefficients as a WCxf file (docs/wcxf.md). */
@Command(name = "wcxf", sortOptions = false,
        description = "Write a model's new-physics WET coefficients in WCxf form (eft WET, basis flavio), at the "
                + "matching scale or run to --scale (see docs/wcxf.md).")
final class WcxfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.yaml", description = "The model file.")
    Path model;

    @Option(names = "--scale", paramLabel = "GEV",
            description = "Run the coefficients from the matching scale to this scale (GeV, at least 1).")
    Double scale;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "yaml",
            description = "yaml or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--params", paramLabel = "NAME|FILE",
            description = "SM input set to use instead of the model file's (seeds2021, pdg2024 or a YAML file).")
    String params;

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT).strip();
        if (!f.equals("yaml") && !f.equals("json")) {
            throw InputException.field("--format", "yaml or json", format);
        }
        ParameterSet override = params == null ? null : ParameterSet.load(params, null);
        if (!Files.isRegularFile(model)) {
            throw InputException.of(model + ": no such model file");
        }
        ModelSpec s = ModelFile.read(model);
        WilsonCoefficients wc = WcxfExport.coefficients(s, override != null ? override : Lqflav.parametersFor(s),
                scale);
        spec.commandLine().getOut().print(Wcxf.write(wc, f));
        spec.commandLine().getOut().flush();
        return LqflavCommand.OK;
    }
}
