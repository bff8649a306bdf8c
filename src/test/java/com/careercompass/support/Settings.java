package com.careercompass.support;

import java.util.Map;

import com.careercompass.system.config.PortalProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The portal's settings as the application binds them, for unit tests. */
public final class Settings {

	private Settings() {
	}

	/**
	 * @param values settings by name ({@code portal.base-url}), the others at their
	 * defaults
	 * @return the bound settings
	 */
	public static PortalProperties portal(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("portal", PortalProperties.class);
	}

}
