package id.praja;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PrajaApplication.class);

	@Test
	void respectsModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void hasTheFoundationModules() {
		assertThat(this.modules.stream().map(m -> m.getIdentifier().toString())).contains("shared", "security",
				"territory", "shell");
	}

	/**
	 * Writes the module diagrams to target/spring-modulith-docs and checks that the
	 * committed diagram (docs/modules.puml) is the one the code gives; run with
	 * {@code -Dpraja.docs.update=true} to refresh it.
	 */
	@Test
	void writesTheModuleDocumentationAndTheCommittedDiagramIsCurrent() throws IOException {
		Documenter documenter = new Documenter(this.modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		Path generated = Path.of("target/spring-modulith-docs/components.puml");
		Path committed = Path.of("docs/modules.puml");
		if (Boolean.getBoolean("praja.docs.update")) {
			Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
		}
		// the same lines: Spring Modulith does not keep the order of the relations
		assertThat(Files.readAllLines(committed)).as("docs/modules.puml: copy it from " + generated)
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(generated));
	}

}
