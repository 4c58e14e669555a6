package id.praja.personnel.internal;

import id.praja.personnel.UnitKind;

/**
 * A unit as stored.
 */
public record UnitRow(String code, String name, UnitKind kind, String parentCode, String kecamatanCode, String baseName,
		Double baseLat, Double baseLon, Integer strength, String commander, boolean generated, int sortOrder) {

	UnitRow withStrength(Integer newStrength, String newCommander) {
		return new UnitRow(this.code, this.name, this.kind, this.parentCode, this.kecamatanCode, this.baseName,
				this.baseLat, this.baseLon, newStrength, newCommander, true, this.sortOrder);
	}

}
