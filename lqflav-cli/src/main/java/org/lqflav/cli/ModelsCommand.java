package org.lqflav.cli;

import java.util.concurrent.Callable;
import org.lqflav.model.ModelDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lqflav models}: every model and what its file may contain (the text of docs/models.md). */
@Command(name = "models", description = "List the models with their masses, couplings and options.")
final class ModelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ModelDocs.markdown());
        return LqflavCommand.OK;
    }
}
