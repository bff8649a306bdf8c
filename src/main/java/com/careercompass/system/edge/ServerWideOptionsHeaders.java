package com.careercompass.system.edge;

import com.careercompass.system.security.SecurityHeaders;
import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.AccessLog;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The security headers on Tomcat's answer to {@code OPTIONS *}, a request for the server
 * as a whole that Tomcat answers itself, before any valve, filter or servlet could add a
 * header. The one hook it calls first is the access log, while the response is still
 * open: this valve is such a log, writes nothing, and adds the headers there. On every
 * other request it passes through, and the response is long sent when it is called.
 */
public class ServerWideOptionsHeaders extends ValveBase implements AccessLog {

	public ServerWideOptionsHeaders() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
	}

	@Override
	public void log(Request request, Response response, long time) {
		if (!response.isCommitted() && "*".equals(request.getCoyoteRequest().requestURI().toString())) {
			SecurityHeaders.apply(request.isSecure(), null, response);
		}
	}

	@Override
	public void setRequestAttributesEnabled(boolean requestAttributesEnabled) {
		// Reads no request attribute.
	}

	@Override
	public boolean getRequestAttributesEnabled() {
		return false;
	}

}
