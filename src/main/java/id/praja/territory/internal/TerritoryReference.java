package id.praja.territory.internal;

import org.springframework.stereotype.Component;

/**
 * The shipped reference data and its geometry, read once on first use.
 */
@Component
public class TerritoryReference {

	private volatile ReferenceData data;

	private volatile TerritoryGeometry geometry;

	public ReferenceData data() {
		if (this.data == null) {
			synchronized (this) {
				if (this.data == null) {
					this.data = ReferenceData.jember();
				}
			}
		}
		return this.data;
	}

	public TerritoryGeometry geometry() {
		if (this.geometry == null) {
			synchronized (this) {
				if (this.geometry == null) {
					this.geometry = new TerritoryGeometry(data());
				}
			}
		}
		return this.geometry;
	}

}
