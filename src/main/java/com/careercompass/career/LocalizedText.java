package com.careercompass.career;

import java.util.Locale;

import com.careercompass.system.format.Typography;

import jakarta.persistence.Embeddable;

/**
 * A text stored in English and French; {@link #in(Locale)} picks the reader's language,
 * English otherwise.
 *
 * @param en the English text
 * @param fr the French text
 */
@Embeddable
public record LocalizedText(String en, String fr) {

	public String in(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Typography.french(this.fr) : this.en;
	}

	/**
	 * The text as it continues a sentence after a colon: in French with a lower-case
	 * first letter unless it starts with a name ({@link Typography#continuing}).
	 * @param locale the reader's language
	 * @return the text
	 */
	public String continuing(Locale locale) {
		return Locale.FRENCH.getLanguage().equals(locale.getLanguage())
				? Typography.french(Typography.continuing(this.fr, this.en)) : this.en;
	}

}
