package com.careercompass.system.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what one client can make an instance hold while it reads a request: a body is
 * read in full before the application sees it, at most {@code maxBytes} of it, within
 * {@code deadline} from the first byte to the last, by at most {@code maxReaders}
 * requests at once; anything beyond gets 413, 408 or 503 and its connection closed. A
 * slow sender therefore holds at most {@code maxReaders} worker threads, each for a
 * bounded time. HTTP/0.9 (a request line without a version, which no browser sends) gets
 * no answer.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

	private final int maxBytes;

	private final int textMaxBytes;

	private final java.util.Set<String> textPaths;

	private final long deadlineNanos;

	private final Semaphore readers;

	RequestLimitsFilter(int maxBytes, int textMaxBytes, java.util.Set<String> textPaths, Duration deadline,
			int maxReaders) {
		this.maxBytes = maxBytes;
		this.textMaxBytes = textMaxBytes;
		this.textPaths = textPaths;
		this.deadlineNanos = deadline.toNanos();
		this.readers = new Semaphore(maxReaders);
	}

	/**
	 * The filter with the body limits of the settings (docs/operations.md).
	 * @param limits the settings
	 * @return the filter
	 */
	public static RequestLimitsFilter of(com.careercompass.system.config.PortalProperties.Limits limits) {
		return new RequestLimitsFilter((int) limits.bodySize().toBytes(), (int) limits.textBodySize().toBytes(),
				java.util.Set.copyOf(limits.textBodyPaths()), limits.bodyDeadline(), limits.bodyReaders());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String protocol = request.getProtocol();
		// Tomcat reports an HTTP/0.9 request line (no version) with an empty protocol.
		if (protocol == null || protocol.isEmpty() || "HTTP/0.9".equals(protocol)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentLength(0);
			return;
		}
		long length = request.getContentLengthLong();
		boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if (length <= 0 && !chunked) {
			chain.doFilter(request, response);
			return;
		}
		int limit = ("POST".equals(request.getMethod()) && this.textPaths.contains(request.getRequestURI()))
				? this.textMaxBytes : this.maxBytes;
		if (length > limit) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		if (!this.readers.tryAcquire()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		byte[] body;
		try {
			body = read(request.getInputStream(), limit);
		}
		catch (BodyTooLarge ex) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		catch (IOException ex) {
			// Too slow, or the client gave up: either way the body will not come.
			refuse(response, HttpServletResponse.SC_REQUEST_TIMEOUT);
			return;
		}
		finally {
			this.readers.release();
		}
		chain.doFilter(new ReadBodyRequest(request, body), response);
	}

	/**
	 * Reads the whole body, within the size and time limits. Each read blocks for at most
	 * the connector's read timeout, so the deadline is exceeded by at most that much.
	 */
	private byte[] read(InputStream in, int limit) throws IOException {
		long start = System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[4096];
		int n;
		while ((n = in.read(buffer)) != -1) {
			body.write(buffer, 0, n);
			if (body.size() > limit) {
				throw new BodyTooLarge();
			}
			if (System.nanoTime() - start > this.deadlineNanos) {
				throw new BodyTooSlow();
			}
		}
		return body.toByteArray();
	}

	/**
	 * The portal's error page (or problem+json under {@code /api/}); the connection is
	 * closed afterwards, so the rest of the body is never read.
	 */
	private static void refuse(HttpServletResponse response, int status) {
		response.setHeader(HttpHeaders.CONNECTION, "close");
		try {
			response.sendError(status);
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone: nobody to answer.
		}
	}

	private static final class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super(null, null);
		}

	}

	private static final class BodyTooSlow extends IOException {

		BodyTooSlow() {
			super(null, null);
		}

	}

}
