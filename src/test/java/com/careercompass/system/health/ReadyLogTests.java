package com.careercompass.system.health;

import java.util.Map;

import com.careercompass.support.Settings;
import com.careercompass.system.web.BaseUrl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyLogTests {

	@Test
	void saysTheAddressToOpen() {
		assertThat(new ReadyLog(new BaseUrl(Settings.portal(Map.of()))).message())
			.isEqualTo("Career Compass is ready at http://localhost");
		assertThat(new ReadyLog(new BaseUrl(Settings.portal(Map.of("portal.base-url", "https://careers.example/"))))
			.message()).isEqualTo("Career Compass is ready at https://careers.example");
	}

}
