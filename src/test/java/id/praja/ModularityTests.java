package id.praja;

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

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
