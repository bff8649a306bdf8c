package com.careercompass.system.language;

import com.careercompass.system.format.Typography;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * The message bundles ({@code messages/messages*.properties}, UTF-8, never the JVM's
 * locale), each message set in its language's typography once formatted
 * ({@link Typography}): one place, so that no template or bundle entry can forget it.
 */
class TypographicMessageSource implements MessageSource {

	private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

	TypographicMessageSource() {
		this.bundles.setBasename("messages/messages");
		this.bundles.setDefaultEncoding("UTF-8");
		this.bundles.setFallbackToSystemLocale(false);
	}

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
			@Nullable Locale locale) {
		return typeset(this.bundles.getMessage(code, args, defaultMessage, locale), locale);
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale)
			throws NoSuchMessageException {
		return typeset(this.bundles.getMessage(code, args, locale), locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale)
			throws NoSuchMessageException {
		return typeset(this.bundles.getMessage(resolvable, locale), locale);
	}

	/** A message in the typography of its language; without a language, as it is. */
	@Contract("!null, _ -> !null")
	private static @Nullable String typeset(@Nullable String message, @Nullable Locale locale) {
		return (message != null && locale != null) ? Typography.of(message, locale) : message;
	}

}
