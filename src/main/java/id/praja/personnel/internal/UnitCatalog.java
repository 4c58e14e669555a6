package id.praja.personnel.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.praja.personnel.UnitKind;
import id.praja.shared.ScopeCatalog;

/**
 * Offers the police units as account scopes.
 */
@Component
class UnitCatalog implements ScopeCatalog {

	private final PersonnelRepository repository;

	UnitCatalog(PersonnelRepository repository) {
		this.repository = repository;
	}

	@Override
	public Map<String, String> scopes() {
		Map<String, String> scopes = new LinkedHashMap<>();
		this.repository.units()
			.stream()
			.filter(u -> u.kind() == UnitKind.POLDA || u.kind() == UnitKind.POLRES || u.kind() == UnitKind.POLSEK
					|| u.kind() == UnitKind.FUNGSI)
			.forEach(u -> scopes.put(u.code(), u.name()));
		return scopes;
	}

}
