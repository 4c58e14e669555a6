package id.praja.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI speaks Bahasa Indonesia by default with English available: both message files
 * must carry the same keys, and every key a template uses must exist.
 */
class MessagesTests {

	@Test
	void indonesianAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_id.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("messages_id.properties").stringPropertyNames();
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
		Set<String> missing = new TreeSet<>();
		int used = 0;
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = key.matcher(Files.readString(template));
				while (m.find()) {
					used++;
					if (!keys.contains(m.group(1))) {
						missing.add(template.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(used).isGreaterThan(20);
		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
