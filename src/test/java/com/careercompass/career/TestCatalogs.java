package com.careercompass.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small hand-built catalogs for tests that need no database. */
public final class TestCatalogs {

	private TestCatalogs() {
	}

	public static LocalizedText text(String en, String fr) {
		return new LocalizedText(en, fr);
	}

	/** Two full roles and one partial role, with a few facts of every kind. */
	public static Catalog small() {
		Source source = new Source("src-a", text("Article A", "Article A fr"), text("Publisher", "Éditeur"),
				text("A, 2023", "A, 2023"), 2023, null, null, "fr", false, SourceKind.PERSONAL_BLOG);
		Role builder = new Role("builder", text("Model Builder", "Bâtisseur de modèles"), text("Builder", "Bâtisseur"),
				false);
		Role analyst = new Role("analyst", text("Data Analyst", "Analyste"), text("Analyst", "Analyste"), false);
		Role partial = new Role("partial", text("Partial Role", "Métier partiel"), text("Partial", "Partiel"), true);
		List<RoleFact> facts = List.of(
				new RoleFact("builder", FactKind.SUMMARY, text("Builds models.", "Construit des modèles."),
						List.of("src-a")),
				new RoleFact("builder", FactKind.RESPONSIBILITY, text("Deploys models", "Déploie les modèles"),
						List.of("src-a")),
				new RoleFact("analyst", FactKind.SUMMARY, text("Analyses data.", "Analyse les données."),
						List.of("src-a")),
				new RoleFact("partial", FactKind.SUMMARY, text("Mentioned once.", "Cité une fois."), List.of("src-a")));
		List<Skill> skills = List.of(
				new Skill(1, text("Python", "Python"), SkillCategory.PROGRAMMING, Set.of("builder", "analyst"),
						List.of("src-a"), null),
				new Skill(2, text("CUDA", "CUDA"), SkillCategory.PROGRAMMING, Set.of("builder"), List.of("src-a"),
						text("Programming graphics processors.", "Programmer les processeurs graphiques.")),
				new Skill(3, text("Statistics", "Statistiques"), SkillCategory.MATH_STATS, Set.of("analyst"),
						List.of("src-a"), null));
		Currency usd = Currency.getInstance("USD");
		List<PayFigure> pay = List.of(
				new PayFigure(1, "builder", "US", null, null, usd, Statistic.MEAN, new BigDecimal("115243"), 2023,
						text("PayScale", "PayScale"), "src-a", true, text("repaired", "corrigé"), null),
				new PayFigure(2, "builder", "US", null, null, usd, Statistic.RANGE_LOW, new BigDecimal("80000"), 2023,
						text("PayScale", "PayScale"), "src-a", false, null, null),
				new PayFigure(3, "builder", "US", null, null, usd, Statistic.RANGE_HIGH, new BigDecimal("157000"), 2023,
						text("PayScale", "PayScale"), "src-a", false, null, null),
				new PayFigure(4, "builder", "FR", "Paris", null, Currency.getInstance("EUR"), Statistic.MEAN,
						new BigDecimal("67000"), null, null, "src-a", false, null, null));
		List<PayPremium> premiums = List
			.of(new PayPremium("builder", text("DevOps", "DevOps"), 22, "PayScale", "src-a"));
		List<OutlookFact> outlook = List
			.of(new OutlookFact("analyst", text("Grows 36%", "Croît de 36 %"), new BigDecimal("36"),
					OutlookUnit.PERCENT, text("2021-2031", "2021-2031"), text("BLS", "BLS"), "src-a", null, 2031, null),
					new OutlookFact(null, text("Market grows", "Le marché croît"), null, null, null, null, "src-a",
							null, null, null));
		List<UseCase> useCases = List.of(new UseCase(text("Fraud detection", "Détection de fraude"), List.of("src-a")));
		List<Contrast> contrasts = List.of(new Contrast("OUTPUT", text("Output", "Production"),
				Map.of("builder", text("Systems", "Systèmes"), "analyst", text("Reports", "Rapports")),
				Map.of("builder", text("want to ship systems", "voulez livrer des systèmes"), "analyst",
						text("want to write reports", "voulez écrire des rapports")),
				List.of("src-a")));
		return new Catalog(List.of(source), List.of(builder, analyst, partial), facts, skills, pay, List
			.of(new PayContext("builder", "FR", "Paris", text("Paris pays more.", "Paris paie mieux."), "src-a")),
				premiums, outlook, useCases, contrasts, LocalDate.of(2026, 11, 26));
	}

}
