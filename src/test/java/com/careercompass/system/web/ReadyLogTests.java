package com.careercompass.system.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyLogTests {

	@Test
	void saysTheAddressToOpen() {
		assertThat(new ReadyLog(new BaseUrl("")).message()).isEqualTo("Career Compass is ready at http://localhost");
		assertThat(new ReadyLog(new BaseUrl("https://careers.example/")).message())
			.isEqualTo("Career Compass is ready at https://careers.example");
	}

}
