package com.careercompass.skills;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The picture of a skills check, laid out for an inline SVG: one row per kind (overall
 * first), one bar per role in each row, side by side, each with its numbers.
 *
 * @param height the picture's height in SVG units
 * @param rows the rows, top to bottom
 */
public record CoverageChart(int height, List<Row> rows) {

	/** The picture's width in SVG units. */
	public static final int WIDTH = 320;

	/** The length of a full bar (every listed skill ticked). */
	public static final int TRACK = 190;

	static final int LABEL = 16;

	static final int BAR = 14;

	static final int GAP = 4;

	static final int ROW_GAP = 12;

	/**
	 * Lays the rows out.
	 * @param rows per row, the message key of its label and one coverage per role (null
	 * where the role lists no skill of that kind)
	 * @return the chart
	 */
	static CoverageChart of(List<SkillsResultView.KindRow> rows) {
		List<Row> laidOut = new ArrayList<>();
		int y = 0;
		for (SkillsResultView.KindRow row : rows) {
			List<Bar> bars = new ArrayList<>();
			int barY = y + LABEL + GAP;
			for (int i = 0; i < row.cells().size(); i++) {
				bars.add(Bar.of(i, barY, row.cells().get(i)));
				barY += BAR + GAP;
			}
			laidOut.add(new Row(row.kindKey(), y + LABEL - GAP, bars));
			y = barY + ROW_GAP - GAP;
		}
		return new CoverageChart(y, laidOut);
	}

	/** The view box, for the SVG's attribute. */
	public String viewBox() {
		return "0 0 " + WIDTH + " " + this.height;
	}

	/**
	 * One row.
	 *
	 * @param labelKey the message key of its label
	 * @param labelY the label's baseline
	 * @param bars its bars, one per role
	 */
	public record Row(String labelKey, int labelY, List<Bar> bars) {
	}

	/**
	 * One role's bar in a row.
	 *
	 * @param role the role's position (0 for the first shown), for its colour
	 * @param y the bar's top
	 * @param length the bar's length; 0 for none ticked
	 * @param coverage what it shows, or null when the role lists no skill of this kind
	 */
	public record Bar(int role, int y, int length, @Nullable Coverage coverage) {

		static Bar of(int role, int y, @Nullable Coverage coverage) {
			int length = (coverage != null) ? (int) Math.round(coverage.share() * TRACK) : 0;
			return new Bar(role, y, length, coverage);
		}

		/** Where the numbers go: after the track. */
		public int textX() {
			return TRACK + 8;
		}

		/** The numbers' baseline. */
		public int textY() {
			return this.y + BAR - 3;
		}

		/** The bar's height. */
		public int height() {
			return BAR;
		}

		/** The full track's length. */
		public int track() {
			return TRACK;
		}

	}

}
