package com.careercompass.role;

import org.springframework.modulith.NamedInterface;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The way back from a profile to the result whose "learn first" link opened it: only an
 * address of this site's quiz result, skills-check result or plan is accepted (never
 * another site: no open redirect), of bounded length; anything else is ignored and the
 * profile shows as usual.
 *
 * @param path the result's address within the site
 * @param labelKey the message key of the link's text
 */
@NamedInterface("views")
public record BackLink(String path, String labelKey) {

	/** Longer than any real result link (the longest, a plan from both, is ~700). */
	static final int MAX_LENGTH = 2048;

	private static final Pattern RESULT = Pattern
		.compile("/(quiz/result|skills-check/result|plan)(\\?[A-Za-z0-9._~=&%+-]*)?");

	public static Optional<BackLink> of(@Nullable String back) {
		if (back == null || back.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		var matcher = RESULT.matcher(back);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String kind = switch (matcher.group(1)) {
			case "quiz/result" -> "quiz";
			case "skills-check/result" -> "skills";
			default -> "plan";
		};
		return Optional.of(new BackLink(back, "profile.back." + kind));
	}

}
