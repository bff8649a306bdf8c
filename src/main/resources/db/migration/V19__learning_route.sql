-- The learning route (docs/learning.md): our editorial data, not the articles'. What a
-- person lacks for a role is suggested in stages (a first programming language, then the
-- role's core, then specialisms), abilities the articles word differently are grouped in
-- families, and every suggestable skill has a small piece of work that shows it and, where
-- we found one, a free official place to start. Also: the editorial yaml of 2026-12-06
-- (the dated outlook items) and what a quiz background brings.

-- 1. Families: the yaml's skill_families. A person who has one member has the ability;
--    coverage, the lean and the route count a family once for each role listing a member.
create table skill_family (
    id         bigint       not null primary key,
    name_en    varchar(60)  not null,
    name_fr    varchar(60)  not null,
    note_en    varchar(300) not null,
    note_fr    varchar(300) not null,
    sort_order integer      not null
);

-- A skill belongs to at most one family.
create table skill_family_member (
    skill_id  bigint not null primary key references skill (id),
    family_id bigint not null references skill_family (id)
);

insert into skill_family (id, name_en, name_fr, note_en, note_fr, sort_order) values
    (1, 'Version control', 'Gestion de versions', 'Both name keeping code under version control; the second also names modular design and good practice.', 'Les deux parlent de garder le code sous gestion de versions ; la seconde cite aussi la conception modulaire et les bonnes pratiques.', 1),
    (2, 'Statistics', 'Statistiques', 'The second spells out branches of the first.', 'La seconde détaille des branches de la première.', 2),
    (3, 'Building and evaluating models', 'Construire et évaluer des modèles', 'Training models with the common algorithms and measuring how well they do.', 'Entraîner des modèles avec les algorithmes courants et mesurer ce qu’ils valent.', 3),
    (4, 'Preparing data', 'Préparer les données', 'Both name cleaning raw data; the first also names collecting it and BI tools.', 'Les deux parlent de nettoyer les données brutes ; la première cite aussi leur collecte et les outils de BI.', 4),
    (5, 'Designing data', 'Concevoir les données', 'Deciding how data is stored and shaped.', 'Décider comment les données sont stockées et organisées.', 5),
    (6, 'Putting models into service', 'Mettre les modèles en service', 'Both name deploying models; the first names tools, the second the environments and monitoring.', 'Les deux parlent de déployer des modèles ; la première cite des outils, la seconde les environnements et la supervision.', 6),
    (7, 'APIs', 'API', 'Publishing and using programming interfaces over the web.', 'Publier et utiliser des interfaces de programmation sur le web.', 7);

insert into skill_family_member (skill_id, family_id) values
    (21, 1),
    (42, 1),
    (7, 2),
    (38, 2),
    (17, 3),
    (40, 3),
    (29, 3),
    (13, 4),
    (41, 4),
    (12, 5),
    (23, 5),
    (18, 6),
    (43, 6),
    (19, 7),
    (37, 7);


-- 2. Stages and our order of learning. FOUNDATION: a programming language (one is enough;
--    the others are alternatives). CORE: the role's technical skills. SPECIALISM: what
--    people add once the core is in place. learn_order breaks the last tie inside a stage
--    (prerequisites first); members of one family share it. proof: a small piece of work
--    that shows the skill (ours). Aptitudes (skill.kind = 'GENERAL') have no row: they are
--    listed apart, never as a step.
create table skill_route (
    skill_id    bigint       not null primary key references skill (id),
    stage       varchar(12)  not null check (stage in ('FOUNDATION', 'CORE', 'SPECIALISM')),
    learn_order integer      not null,
    proof_en    varchar(300) not null,
    proof_fr    varchar(300) not null
);

insert into skill_route (skill_id, stage, learn_order, proof_en, proof_fr) values
    (1, 'FOUNDATION', 1, 'Write a short script that reads a CSV file, counts something in it and prints the result.', 'Écrivez un court script qui lit un fichier CSV, y compte quelque chose et affiche le résultat.'),
    (2, 'FOUNDATION', 2, 'Write a short R script that reads a CSV file, summarises one column and draws one plot of it.', 'Écrivez un court script R qui lit un fichier CSV, résume une colonne et en trace un graphique.'),
    (3, 'CORE', 27, 'Deploy a small program or model on a cloud platform’s free tier, then take it down and note what it cost.', 'Déployez un petit programme ou un modèle sur l’offre gratuite d’une plateforme cloud, puis retirez-le et notez ce qu’il a coûté.'),
    (4, 'SPECIALISM', 48, 'Describe a data set with a metadata file (source, columns, units, licence) and show how a catalogue would find it.', 'Décrivez un jeu de données par un fichier de métadonnées (source, colonnes, unités, licence) et montrez comment un catalogue le retrouverait.'),
    (6, 'SPECIALISM', 47, 'Process a data set larger than your computer’s memory in chunks or with a columnar format, and time it.', 'Traitez un jeu de données plus gros que la mémoire de votre ordinateur, par morceaux ou dans un format en colonnes, et chronométrez-le.'),
    (7, 'CORE', 11, 'Compare two groups in a public data set and say, with a confidence interval, whether the difference could be chance.', 'Comparez deux groupes d’un jeu de données public et dites, avec un intervalle de confiance, si l’écart peut être dû au hasard.'),
    (8, 'CORE', 10, 'Take a public data set, ask one question of it and answer it in a notebook with three tables or figures.', 'Prenez un jeu de données public, posez-lui une question et répondez-y dans un notebook avec trois tableaux ou chiffres.'),
    (9, 'CORE', 18, 'Make three charts of one data set that each answer a different question, titled with the answer.', 'Réalisez trois graphiques d’un même jeu de données, chacun répondant à une question et titré par sa réponse.'),
    (11, 'CORE', 13, 'Answer five questions about a public database with SQL queries, one of them with a join and a group-by.', 'Répondez à cinq questions sur une base de données publique avec des requêtes SQL, dont une avec une jointure et un regroupement.'),
    (12, 'CORE', 24, 'Design a small database for one domain (tables or documents), load it and write the queries it must answer.', 'Concevez une petite base de données pour un domaine (tables ou documents), remplissez-la et écrivez les requêtes auxquelles elle doit répondre.'),
    (13, 'CORE', 17, 'Load a raw data set into a BI tool, clean it there and build a one-page report from it.', 'Chargez un jeu de données brut dans un outil de BI, nettoyez-le et tirez-en un rapport d’une page.'),
    (14, 'SPECIALISM', 40, 'Repeat one analysis you did in Python or R in MATLAB, SPSS or SAS and check you get the same figures.', 'Refaites dans MATLAB, SPSS ou SAS une analyse déjà faite en Python ou en R, et vérifiez que vous obtenez les mêmes chiffres.'),
    (15, 'CORE', 19, 'On one data set, say what happened, why, what is likely next and what to do about it: one paragraph each.', 'Sur un même jeu de données, dites ce qui s’est passé, pourquoi, ce qui va probablement suivre et que faire : un paragraphe chacun.'),
    (16, 'CORE', 12, 'Fit a straight line to a few points by hand with matrices (the normal equations), then check it against a library.', 'Ajustez une droite à quelques points à la main avec des matrices (les équations normales), puis comparez avec une bibliothèque.'),
    (17, 'CORE', 14, 'Train a model on a public data set, keep a test set apart and report how well it predicts against a simple baseline.', 'Entraînez un modèle sur un jeu de données public, gardez un jeu de test à part et dites s’il prédit mieux qu’une référence simple.'),
    (18, 'CORE', 26, 'Track two training runs of one model with an experiment tracker, validate the better one and serve it.', 'Suivez deux entraînements d’un même modèle avec un outil de suivi d’expériences, validez le meilleur et servez-le.'),
    (19, 'CORE', 25, 'Publish a small web API with its OpenAPI description, then put it behind an API gateway’s free tier or a local one.', 'Publiez une petite API web avec sa description OpenAPI, puis placez-la derrière une passerelle d’API, en offre gratuite ou en local.'),
    (20, 'CORE', 28, 'Build one workbook from raw data with formulas, a pivot table and a chart that answers a question.', 'Construisez un classeur à partir de données brutes, avec des formules, un tableau croisé dynamique et un graphique qui répond à une question.'),
    (21, 'CORE', 22, 'Put a project of yours on GitHub with a clear history: small commits, one branch merged through a pull request.', 'Publiez l’un de vos projets sur GitHub avec un historique clair : petits commits, une branche fusionnée par une pull request.'),
    (22, 'CORE', 20, 'Implement a hash map or a priority queue yourself and test it against the language’s own.', 'Programmez vous-même une table de hachage ou une file de priorité et testez-la face à celle du langage.'),
    (23, 'CORE', 24, 'Draw how data flows from its sources to a model in one project of yours, and say where each part is stored and why.', 'Dessinez le trajet des données, de leurs sources jusqu’au modèle, dans l’un de vos projets, et dites où chaque partie est stockée et pourquoi.'),
    (24, 'CORE', 21, 'Split a script of yours into small tested modules, with a README that says how to run it.', 'Découpez l’un de vos scripts en petits modules testés, avec un README qui dit comment le lancer.'),
    (25, 'CORE', 23, 'Do one data task only from the command line: download a file, filter it and count lines, in a shell script.', 'Faites une tâche sur des données uniquement en ligne de commande : téléchargez un fichier, filtrez-le et comptez les lignes, dans un script shell.'),
    (26, 'FOUNDATION', 3, 'Write a small Java command-line program that reads a file and prints a summary of it, with one unit test.', 'Écrivez un petit programme Java en ligne de commande qui lit un fichier et en affiche un résumé, avec un test unitaire.'),
    (27, 'FOUNDATION', 4, 'Write a small C++ program that reads numbers from a file and prints their mean, compiled with warnings on and none left.', 'Écrivez un petit programme C++ qui lit des nombres dans un fichier et affiche leur moyenne, compilé avec les avertissements activés et sans aucun avertissement.'),
    (28, 'SPECIALISM', 44, 'Write one CUDA kernel (or a GPU array operation) and time it against the same work on the CPU.', 'Écrivez un noyau CUDA (ou une opération sur tableaux GPU) et chronométrez-le face au même travail sur le processeur.'),
    (29, 'CORE', 14, 'Compare two models on the same data with cross-validation and explain which metric you chose and why.', 'Comparez deux modèles sur les mêmes données par validation croisée et expliquez le choix de la métrique.'),
    (30, 'SPECIALISM', 41, 'Train a small convolutional or recurrent network on a public data set and show what it gets wrong.', 'Entraînez un petit réseau convolutif ou récurrent sur un jeu de données public et montrez ce qu’il rate.'),
    (31, 'SPECIALISM', 42, 'Fine-tune a small pre-trained language model to classify short texts and report its accuracy on texts it never saw.', 'Affinez un petit modèle de langue pré-entraîné pour classer des textes courts et donnez sa précision sur des textes jamais vus.'),
    (32, 'SPECIALISM', 46, 'Split one computation across several processes or machines and show what happens when one of them stops.', 'Répartissez un calcul sur plusieurs processus ou machines et montrez ce qui se passe quand l’un d’eux s’arrête.'),
    (33, 'SPECIALISM', 43, 'Teach an agent to solve a small simulated task (for example a Gymnasium environment) and plot its reward as it learns.', 'Apprenez à un agent à résoudre une petite tâche simulée (un environnement Gymnasium, par exemple) et tracez sa récompense au fil de l’apprentissage.'),
    (34, 'SPECIALISM', 45, 'Count words or aggregate a large public data set with Spark on your own machine, then explain how it would spread over a cluster.', 'Comptez des mots ou agrégez un grand jeu de données public avec Spark sur votre machine, puis expliquez comment le travail se répartirait sur un cluster.'),
    (35, 'CORE', 15, 'Train a small neural network with PyTorch or TensorFlow on a public data set, save it and load it again to predict.', 'Entraînez un petit réseau de neurones avec PyTorch ou TensorFlow sur un jeu de données public, enregistrez-le puis rechargez-le pour prédire.'),
    (36, 'CORE', 16, 'Build a scikit-learn pipeline (preparation and model) and plot its results with Matplotlib.', 'Construisez un pipeline scikit-learn (préparation et modèle) et tracez ses résultats avec Matplotlib.'),
    (37, 'CORE', 25, 'Call a public web API from code, then publish a small web API of your own that returns a model’s prediction.', 'Appelez une API web publique depuis votre code, puis publiez une petite API web à vous qui renvoie la prédiction d’un modèle.'),
    (38, 'CORE', 11, 'Estimate a rate from a small sample twice, with a frequentist interval and a Bayesian posterior, and explain the difference.', 'Estimez un taux à partir d’un petit échantillon de deux façons, avec un intervalle fréquentiste et une loi a posteriori bayésienne, puis expliquez l’écart.'),
    (39, 'SPECIALISM', 49, 'Work through the symmetries of a square as a group and show how a model could use one of them (for example rotating images).', 'Étudiez les symétries d’un carré comme un groupe et montrez comment un modèle pourrait s’en servir (en faisant tourner des images, par exemple).'),
    (40, 'CORE', 14, 'Solve one classification and one clustering problem on public data and explain which algorithm you chose and why.', 'Traitez un problème de classification et un de clustering sur des données publiques, et expliquez le choix de chaque algorithme.'),
    (41, 'CORE', 17, 'Clean a messy public data set (missing values, duplicates, units) and write down each step so someone else can repeat it.', 'Nettoyez un jeu de données public en désordre (valeurs manquantes, doublons, unités) et notez chaque étape pour qu’on puisse la refaire.'),
    (42, 'CORE', 22, 'Keep a project under Git with small commits and tests, and merge one change through a reviewed pull request.', 'Tenez un projet sous Git avec de petits commits et des tests, et fusionnez une modification par une pull request relue.'),
    (43, 'CORE', 26, 'Serve a trained model behind a web endpoint in a container, and log each prediction so you could watch it in production.', 'Servez un modèle entraîné derrière un point d’accès web dans un conteneur, et journalisez chaque prédiction pour pouvoir le surveiller en production.');


-- 3. Which roles each article writes about: how many articles name a skill *for a role*
--    counts only these (an article about ML engineers naming Python says nothing of data
--    scientists).
create table article_role (
    source_id varchar(40) not null references source_article (id),
    role_id   bigint      not null references career_role (id),
    primary key (source_id, role_id)
);

insert into article_role (source_id, role_id) values
    ('dataversity-2023', 1), ('dataversity-2023', 2), ('nitiema-ds-vs-mle', 1), ('nitiema-ds-vs-mle', 2),
    ('mle-roles-2019', 1), ('datascientest-mle', 1), ('mle-skills-guide', 1);

-- 4. Free official starting points: learning-starts.yaml (checked 2026-12-06). The
--    English version always; the same publisher's French version where there is one.
--    what_fr is our translation of the yaml's description.
create table learning_start (
    skill_id     bigint       not null primary key references skill (id),
    title_en     varchar(200) not null,
    publisher_en varchar(200) not null,
    url_en       varchar(300) not null,
    what_en      varchar(300) not null,
    what_fr      varchar(300) not null,
    title_fr     varchar(200),
    publisher_fr varchar(200),
    url_fr       varchar(300),
    -- whether the French version's title is in French (some publishers keep English titles)
    title_fr_french boolean,
    check ((title_fr is null) = (url_fr is null))
);

insert into learning_start (skill_id, title_en, publisher_en, url_en, what_en, what_fr, title_fr, publisher_fr, url_fr, title_fr_french) values
    (1, 'The Python Tutorial', 'Python Software Foundation (docs.python.org)', 'https://docs.python.org/3/tutorial/', 'Official informal tour of the language for people who can already program a little.', 'Le tour d’horizon officiel du langage, pour qui sait déjà un peu programmer.',
     'Le tutoriel Python', 'Python Software Foundation (official French translation on docs.python.org)', 'https://docs.python.org/fr/3/tutorial/', true),
    (2, 'An Introduction to R', 'R Core Team (CRAN manuals)', 'https://cran.r-project.org/doc/manuals/r-release/R-intro.html', 'R''s own starter manual: data types, programming, statistical models and graphics.', 'Le manuel de démarrage de R : types de données, programmation, modèles statistiques et graphiques.',
     null, null, null, null),
    (3, 'Microsoft Azure Fundamentals: Describe cloud concepts', 'Microsoft Learn', 'https://learn.microsoft.com/en-us/training/paths/microsoft-azure-fundamentals-describe-cloud-concepts/', 'Free self-paced path on cloud basics (service and deployment models, shared responsibility); Azure-flavoured, not AWS/GCP.', 'Parcours gratuit, à son rythme, sur les bases du cloud (modèles de service et de déploiement, responsabilité partagée) ; orienté Azure, pas AWS ni GCP.',
     'Microsoft Azure Fundamentals: Describe cloud concepts (French locale)', 'Microsoft Learn', 'https://learn.microsoft.com/fr-fr/training/paths/microsoft-azure-fundamentals-describe-cloud-concepts/', false),
    (6, 'Mining of Massive Datasets (free book and course material)', 'Leskovec, Rajaraman, Ullman (Stanford CS246 material); Cambridge University Press', 'http://www.mmds.org/', 'Free textbook and slides on MapReduce, streams, similarity search and other algorithms for data too big for one machine.', 'Manuel et diapositives gratuits sur MapReduce, les flux, la recherche de similarité et d’autres algorithmes pour des données trop grosses pour une seule machine.',
     null, null, null, null),
    (7, 'OpenIntro Statistics', 'OpenIntro (non-profit)', 'https://www.openintro.org/book/os/', 'Free, openly licensed college-level introductory statistics textbook with labs.', 'Manuel d’introduction à la statistique de niveau universitaire, gratuit et sous licence libre, avec travaux pratiques.',
     null, null, null, null),
    (8, '10 minutes to pandas', 'pandas project (pandas.pydata.org)', 'https://pandas.pydata.org/docs/user_guide/10min.html', 'Short official intro to loading, selecting, grouping and summarising tabular data in Python.', 'Courte introduction officielle : charger, sélectionner, regrouper et résumer des données tabulaires en Python.',
     null, null, null, null),
    (9, 'Matplotlib Tutorials', 'Matplotlib project', 'https://matplotlib.org/stable/tutorials/index.html', 'Official tutorials (pyplot, lifecycle of a plot) with links to the quick start guide.', 'Tutoriels officiels (pyplot, cycle de vie d’un graphique) avec des liens vers le guide de démarrage rapide.',
     null, null, null, null),
    (11, 'PostgreSQL Documentation, Part I: Tutorial', 'PostgreSQL Global Development Group', 'https://www.postgresql.org/docs/current/tutorial.html', 'Hands-on introduction to relational concepts and writing SQL queries.', 'Introduction pratique aux notions relationnelles et à l’écriture de requêtes SQL.',
     null, null, null, null),
    (12, 'Data Modeling in MongoDB (MongoDB Manual)', 'MongoDB, Inc. (official MongoDB Manual)', 'https://mongodb.com/docs/manual/data-modeling/', 'Official guide to schema design for a document (NoSQL) database: embedding vs references, compared with relational design.', 'Guide officiel de conception de schéma pour une base orientée documents (NoSQL) : imbrication ou références, comparées à la conception relationnelle.',
     null, null, null, null),
    (13, 'Tutorial: Get started with Power BI Desktop', 'Microsoft Learn (Power BI documentation)', 'https://learn.microsoft.com/en-us/power-bi/fundamentals/desktop-getting-started', 'Free walkthrough: connect to data, clean and shape it in Power Query, build a report.', 'Prise en main gratuite : se connecter aux données, les nettoyer et les mettre en forme dans Power Query, construire un rapport.',
     'Prise en main de Power BI Desktop (French locale)', 'Microsoft Learn (Power BI documentation)', 'https://learn.microsoft.com/fr-fr/power-bi/fundamentals/desktop-getting-started', true),
    (14, 'MATLAB Onramp', 'MathWorks (MATLAB Academy)', 'https://matlabacademy.mathworks.com/details/matlab-onramp/gettingstarted', 'Free ~2-hour interactive MATLAB course in the browser (free MathWorks account needed); covers MATLAB only, not SPSS or SAS.', 'Cours interactif gratuit d’environ deux heures dans le navigateur (compte MathWorks gratuit requis) ; MATLAB seulement, ni SPSS ni SAS.',
     null, null, null, null),
    (16, '18.06SC Linear Algebra (Fall 2011)', 'MIT OpenCourseWare', 'http://ocw.mit.edu/courses/mathematics/18-06sc-linear-algebra-fall-2011/Syllabus/', 'Gilbert Strang''s complete linear algebra course with videos, notes and problem sets; calculus is not covered here.', 'Le cours complet d’algèbre linéaire de Gilbert Strang, avec vidéos, notes et exercices ; l’analyse n’y est pas traitée.',
     null, null, null, null),
    (17, 'Machine Learning Crash Course', 'Google for Developers', 'https://developers.google.com/machine-learning/crash-course', 'Free self-paced course: regression, classification, data preparation, neural nets, with exercises.', 'Cours gratuit à suivre à son rythme : régression, classification, préparation des données, réseaux de neurones, avec exercices.',
     'Machine Learning Crash Course (French locale)', 'Google for Developers', 'https://developers.google.com/machine-learning/crash-course?hl=fr', false),
    (18, 'Kubeflow: Introduction', 'Kubeflow project (CNCF)', 'https://www.kubeflow.org/docs/started/introduction/', 'Official overview of Kubeflow''s components for training, pipelines and serving ML on Kubernetes.', 'Présentation officielle des composants de Kubeflow pour entraîner, enchaîner et servir des modèles sur Kubernetes.',
     null, null, null, null),
    (19, 'FastAPI Tutorial - User Guide', 'FastAPI project', 'https://fastapi.tiangolo.com/tutorial/', 'Step-by-step official guide to building a typed Python web API with automatic OpenAPI docs.', 'Guide officiel pas à pas pour construire en Python une API web typée, documentée automatiquement en OpenAPI.',
     'FastAPI Tutoriel - Guide utilisateur', 'FastAPI project (community French translation on the official site)', 'https://fastapi.tiangolo.com/fr/tutorial/', true),
    (20, 'Excel video training', 'Microsoft Support', 'https://support.microsoft.com/en-us/office/excel-video-training-9bc05390-e94c-46af-a5b3-d7c22f6990bb', 'Microsoft''s free short video lessons, from a first workbook to formulas, charts and PivotTables.', 'Courtes leçons vidéo gratuites de Microsoft, du premier classeur aux formules, graphiques et tableaux croisés dynamiques.',
     null, null, null, null),
    (21, 'Pro Git (2nd edition)', 'Git project (git-scm.com); Scott Chacon and Ben Straub, CC BY-NC-SA', 'https://git-scm.com/book/en/v2', 'Free full book on Git; chapters 1-3 cover everyday use, chapter 6 covers GitHub.', 'Livre complet et gratuit sur Git ; les chapitres 1 à 3 couvrent l’usage courant, le chapitre 6 GitHub.',
     'Pro Git (French translation)', 'Git project (git-scm.com)', 'https://git-scm.com/book/fr/v2', true),
    (22, '6.006 Introduction to Algorithms (Fall 2011)', 'MIT OpenCourseWare', 'https://ocw.mit.edu/courses/electrical-engineering-and-computer-science/6-006-introduction-to-algorithms-fall-2011', 'MIT''s intro to algorithms and data structures (sorting, hashing, trees, graphs, dynamic programming) with lectures.', 'L’introduction du MIT aux algorithmes et structures de données (tri, hachage, arbres, graphes, programmation dynamique), avec cours filmés.',
     null, null, null, null),
    (23, 'Microsoft Azure Data Fundamentals: Explore core data concepts', 'Microsoft Learn', 'https://learn.microsoft.com/en-us/training/paths/azure-data-fundamentals-explore-core-data-concepts/', 'Free path on data formats, relational vs non-relational data, data roles and analytics architecture.', 'Parcours gratuit sur les formats de données, données relationnelles ou non, métiers de la donnée et architecture analytique.',
     'Microsoft Azure Data Fundamentals: Explore core data concepts (French locale)', 'Microsoft Learn', 'https://learn.microsoft.com/fr-fr/training/paths/azure-data-fundamentals-explore-core-data-concepts/', false),
    (24, '6.102 Software Construction (Spring 2025)', 'MIT (course site; successor of 6.031/6.005)', 'https://web.mit.edu/6.102/www/sp25/', 'Free MIT readings on code that is safe from bugs, easy to understand and ready for change: testing, specs, ADTs, design.', 'Lectures gratuites du MIT sur un code sûr, facile à comprendre et prêt à évoluer : tests, spécifications, types abstraits, conception.',
     null, null, null, null),
    (25, 'Introduction to Linux (LFS101)', 'The Linux Foundation (non-profit)', 'https://training.linuxfoundation.org/training/introduction-to-linux/', 'Free self-paced course: distributions, command line, files, processes, shell scripting.', 'Cours gratuit à suivre à son rythme : distributions, ligne de commande, fichiers, processus, scripts shell.',
     null, null, null, null),
    (26, 'Learn Java', 'Oracle (dev.java)', 'https://dev.java/learn/', 'Oracle''s current free tutorials for the Java language, from first steps on.', 'Les tutoriels gratuits et à jour d’Oracle sur le langage Java, dès les premiers pas.',
     null, null, null, null),
    (27, '6.096 Introduction to C++ (January IAP 2011)', 'MIT OpenCourseWare', 'https://ocw.mit.edu/courses/electrical-engineering-and-computer-science/6-096-introduction-to-c-january-iap-2011/lecture-notes/', 'Short MIT course introducing C++ and its C roots: types, control flow, pointers, classes.', 'Court cours du MIT qui présente C++ et ses racines en C : types, structures de contrôle, pointeurs, classes.',
     null, null, null, null),
    (28, 'CUDA Programming Guide', 'NVIDIA', 'https://docs.nvidia.com/cuda/cuda-programming-guide', 'NVIDIA''s official guide to the CUDA programming model, GPU execution and memory hierarchy.', 'Le guide officiel de NVIDIA sur le modèle de programmation CUDA, l’exécution sur GPU et la hiérarchie mémoire.',
     null, null, null, null),
    (29, 'scikit-learn User Guide: Model selection and evaluation', 'scikit-learn project', 'https://scikit-learn.org/stable/model_selection', 'User-guide chapter on cross-validation, hyper-parameter tuning and evaluation metrics.', 'Chapitre du guide de l’utilisateur sur la validation croisée, le réglage des hyperparamètres et les métriques d’évaluation.',
     null, null, null, null),
    (30, 'MIT 6.S191 Introduction to Deep Learning', 'MIT', 'https://introtodeeplearning.com/', 'MIT''s free intro course on deep learning: recorded lectures plus hands-on software labs.', 'Le cours d’introduction gratuit du MIT au deep learning : cours filmés et travaux pratiques sur logiciel.',
     null, null, null, null),
    (31, 'Hugging Face LLM Course (formerly NLP Course), Chapter 1', 'Hugging Face', 'https://huggingface.co/docs/course/chapter1/1', 'Free, ad-free course on NLP and LLMs with Transformers, Datasets and Tokenizers.', 'Cours gratuit et sans publicité sur le NLP et les grands modèles de langue, avec Transformers, Datasets et Tokenizers.',
     'Cours Hugging Face, chapitre 1', 'Hugging Face', 'https://huggingface.co/course/fr/chapter1', true),
    (32, '6.824 Distributed Systems', 'MIT PDOS (course site)', 'https://pdos.csail.mit.edu/6.824/index.html', 'MIT graduate course (public lectures and labs) on MapReduce, Raft, replication and consistency.', 'Cours de master du MIT (cours et travaux pratiques publics) sur MapReduce, Raft, la réplication et la cohérence.',
     null, null, null, null),
    (33, 'Reinforcement Learning: An Introduction (2nd ed., free PDF)', 'Richard S. Sutton and Andrew G. Barto (MIT Press), authors'' site', 'http://www.incompleteideas.net/book/RLbook2020trimmed.pdf', 'The standard RL textbook, free as a PDF from the authors.', 'Le manuel de référence sur l’apprentissage par renforcement, gratuit en PDF auprès de ses auteurs.',
     null, null, null, null),
    (34, 'Spark Quick Start', 'Apache Software Foundation (Apache Spark)', 'http://spark.apache.org/docs/latest/quick-start.html', 'Official first steps with the Spark shell, Datasets and a small self-contained app.', 'Premiers pas officiels avec le shell Spark, les Datasets et une petite application autonome.',
     null, null, null, null),
    (35, 'PyTorch: Learn the Basics', 'PyTorch Foundation (pytorch.org)', 'https://pytorch.org/tutorials/beginner/basics/intro.html', 'Official step-by-step workflow: tensors, data loading, model building, autograd, training, saving.', 'Déroulé officiel pas à pas : tenseurs, chargement des données, construction du modèle, autograd, entraînement, sauvegarde.',
     null, null, null, null),
    (36, 'An introduction to machine learning with scikit-learn', 'scikit-learn project', 'https://scikit-learn.org/stable/tutorial/basic/tutorial.html', 'Official first tutorial: ML vocabulary, loading a dataset, fitting and predicting with an estimator.', 'Premier tutoriel officiel : vocabulaire du ML, chargement d’un jeu de données, entraînement et prédiction avec un estimateur.',
     null, null, null, null),
    (37, 'Introduction to web APIs (MDN Learn)', 'Mozilla (MDN Web Docs)', 'https://developer.mozilla.org/en-US/docs/Learn/JavaScript/Client-side_web_APIs/Introduction', 'What web APIs are, how code calls them, and how third-party APIs differ from browser APIs.', 'Ce que sont les API web, comment le code les appelle, et en quoi les API tierces diffèrent de celles du navigateur.',
     'Introduction aux API Web (MDN)', 'Mozilla (MDN Web Docs)', 'https://developer.mozilla.org/fr/docs/Learn/JavaScript/Client-side_web_APIs/Introduction', true),
    (38, '18.05 Introduction to Probability and Statistics (Spring 2022)', 'MIT OpenCourseWare', 'https://ocw.mit.edu/courses/18-05-introduction-to-probability-and-statistics-spring-2022/pages/syllabus/', 'MIT course teaching probability plus both Bayesian and frequentist inference, with R.', 'Cours du MIT qui enseigne les probabilités et l’inférence, bayésienne comme fréquentiste, avec R.',
     null, null, null, null),
    (40, 'Data Science: A First Introduction (Python Edition)', 'University of British Columbia authors (Timbers, Campbell, Lee, Ostblom, Heagy); open textbook', 'https://python.datasciencebook.ca/', 'Free open textbook covering classification, regression and clustering with Python and scikit-learn.', 'Manuel libre et gratuit sur la classification, la régression et le clustering avec Python et scikit-learn.',
     null, null, null, null),
    (41, 'scikit-learn User Guide: Preprocessing data', 'scikit-learn project', 'https://scikit-learn.org/stable/modules/preprocessing', 'Official guide to scaling, encoding categorical features, imputing and transforming data before modelling.', 'Guide officiel : mise à l’échelle, encodage des variables catégorielles, imputation et transformation des données avant la modélisation.',
     null, null, null, null),
    (42, 'Software Carpentry: Version Control with Git', 'The Carpentries (non-profit)', 'https://swcarpentry.github.io/git-novice/', 'Beginner lesson on tracking changes, collaborating and working reproducibly with Git and GitHub.', 'Leçon pour débutants : suivre ses modifications, collaborer et travailler de façon reproductible avec Git et GitHub.',
     null, null, null, null),
    (43, 'MLflow Documentation', 'MLflow project (Linux Foundation)', 'https://mlflow.org/docs/latest/', 'Official docs for tracking experiments, packaging, registering, deploying and evaluating models.', 'Documentation officielle pour suivre les expériences, empaqueter, enregistrer, déployer et évaluer les modèles.',
     null, null, null, null);


alter table data_set add column starts_checked_on date;
update data_set set starts_checked_on = date '2026-12-06';
alter table data_set alter column starts_checked_on set not null;

-- 5. One small trial per role, for readers whose answers lean to neither (ours).
create table role_trial (
    role_id bigint       not null primary key references career_role (id),
    text_en varchar(300) not null,
    text_fr varchar(400) not null
);

insert into role_trial (role_id, text_en, text_fr) values
    (1, 'Serve a small trained model (a scikit-learn classifier, say) behind a web endpoint and call it from another program. If you enjoy making it run reliably, ML engineering may suit you.', 'Servez un petit modèle entraîné (un classifieur scikit-learn, par exemple) derrière un point d’accès web et appelez-le depuis un autre programme. Si vous aimez le faire tourner de façon fiable, le métier d’ingénieur ML peut vous convenir.'),
    (2, 'Take a public data set, ask it one question and answer it with one chart and five sentences for someone outside the field. If you enjoy the question more than the code, data science may suit you.', 'Prenez un jeu de données public, posez-lui une question et répondez-y avec un graphique et cinq phrases pour quelqu’un qui n’est pas du métier. Si la question vous plaît plus que le code, le métier de data scientist peut vous convenir.');


-- 6. What a quiz background brings. Software development brings a programming language
--    (any language counts for the foundation) and database design and programming.
--    Statistics or mathematics no longer brings R:
--    many statisticians work in SPSS, SAS or on paper (the skills check is exact for those
--    who have R); it brings data analysis.
alter table quiz_option add column brings_language boolean default false not null;
update quiz_option set brings_language = true where code = 'software';
delete from quiz_option_skill where option_id = 1 and skill_id = 2;
insert into quiz_option_skill (option_id, skill_id) values (1, 8), (2, 12);

-- 7. The editorial yaml of 2026-12-06: the periods of two outlook items, stated.
update outlook_fact set
    text_en = 'The ML engineer role grew 344% from 2015 to 2019, the date of the Indeed report (the article does not say what was counted)',
    text_fr = 'Le métier d’ingénieur ML a progressé de 344 % entre 2015 et 2019, année du rapport d’Indeed (l’article ne dit pas ce qui a été compté)',
    period_label = '2015-2019', period_fr = '2015-2019'
    where id = 3;
update outlook_fact set
    text_en = 'In the ten years before the article (2019), demand for ML engineers overtook demand for data scientists',
    text_fr = 'Dans les dix ans qui ont précédé l’article (2019), les ingénieurs ML sont devenus plus demandés que les data scientists',
    period_label = 'about 2009-2019', period_fr = 'environ 2009-2019'
    where id = 5;
