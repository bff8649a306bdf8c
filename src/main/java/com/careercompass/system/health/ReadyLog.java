package com.careercompass.system.health;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import com.careercompass.system.web.BaseUrl;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says, once started, where to open the portal. */
@Component
class ReadyLog implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(ReadyLog.class);

	private final BaseUrl baseUrl;

	ReadyLog(BaseUrl baseUrl) {
		this.baseUrl = baseUrl;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		logger.info(message());
	}

	String message() {
		return "Career Compass is ready at " + this.baseUrl.get();
	}

}
