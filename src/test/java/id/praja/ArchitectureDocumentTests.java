package id.praja;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

import id.praja.shared.AuditableEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docs/architecture.md in step with the code: its dependency list names every
 * dependency between modules that the code has (and none it does not), and its list of
 * audited events names every {@link AuditableEvent}.
 */
class ArchitectureDocumentTests {

	static final Path DOCUMENT = Path.of("docs/architecture.md");

	/**
	 * A line of the dependency list: {@code - `deployment` → operation, vulnerability}.
	 */
	static final Pattern DEPENDENCY_LINE = Pattern.compile("(?m)^- `(\\w+)` → (.+)$");

	private final ApplicationModules modules = ApplicationModules.of(PrajaApplication.class);

	@Test
	void theDependencyListIsTheModulesActualDependencies() throws IOException {
		TreeMap<String, Set<String>> actual = new TreeMap<>();
		for (ApplicationModule module : this.modules) {
			Set<String> targets = new TreeSet<>();
			module.getDirectDependencies(this.modules)
				.stream()
				.map(ApplicationModuleDependency::getTargetModule)
				.map(m -> m.getIdentifier().toString())
				.filter(t -> !t.equals(module.getIdentifier().toString()))
				.forEach(targets::add);
			actual.put(module.getIdentifier().toString(), targets);
		}
		TreeMap<String, Set<String>> documented = new TreeMap<>();
		Matcher m = DEPENDENCY_LINE.matcher(Files.readString(DOCUMENT));
		while (m.find()) {
			Set<String> targets = new TreeSet<>();
			String list = m.group(2).strip();
			if (!list.equals("(none)")) {
				for (String t : list.split(",")) {
					targets.add(t.strip());
				}
			}
			documented.put(m.group(1), targets);
		}
		assertThat(documented).as("docs/architecture.md, section Dependencies (one line per module)").isEqualTo(actual);
	}

	@Test
	void theListOfAuditedEventsNamesEveryAuditableEvent() throws IOException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && !definition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
		Set<String> events = new TreeSet<>();
		scanner.findCandidateComponents("id.praja").forEach(d -> {
			String name = d.getBeanClassName();
			events.add(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1));
		});
		String document = Files.readString(DOCUMENT);
		int start = document.indexOf("`AuditableEvent` is implemented by the events that change something (");
		assertThat(start).as("the list of audited events in docs/architecture.md").isNotNegative();
		String list = document.substring(start, document.indexOf(").", start));
		Set<String> documented = new TreeSet<>();
		Matcher m = Pattern.compile("`(\\w+)`").matcher(list);
		while (m.find()) {
			documented.add(m.group(1));
		}
		documented.remove("AuditableEvent");
		assertThat(documented).isEqualTo(events);
	}

}
